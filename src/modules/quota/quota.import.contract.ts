/** The documented header of the headcount import, shared by the server and the staff page. */
export const headcountHeader = ['ubn', 'month', 'sector', 'insured', 'severe', 'other', 'part_time_half_wage'] as const;
