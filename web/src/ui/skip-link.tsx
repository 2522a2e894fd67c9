export function SkipLink(props: { label: string }) {
  return (
    <a className="skip-link" href="#main">
      {props.label}
    </a>
  );
}
