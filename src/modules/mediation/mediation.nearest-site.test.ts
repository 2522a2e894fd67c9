import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestContext, type Session, type TestContext } from '../../../test/test-app.ts';
import { cityConfigShape, createReferenceData, loadCityConfig } from '../reference-data/reference-data.ts';
import { districtInAddress, proposeMediationSite } from './mediation.contract.ts';

const city = createReferenceData(loadCityConfig('taichung')).city;

describe('the nearest mediation site for a district (issue 11 §1: "a party may ask for the nearest site")', () => {
  it("proposes the site that serves the district by the city file's table, marked unconfirmed until the bureau confirms it", () => {
    assert.deepEqual(proposeMediationSite(city, '66000130'), { siteCode: 'shalu-office', districtCode: '66000130', confirmed: false }, "沙鹿區: the site's own district");
    assert.equal(proposeMediationSite(city, '66000120')?.siteCode, 'shalu-office', '清水區');
    assert.equal(proposeMediationSite(city, '66000220')?.siteCode, 'dajia-office', '大安區');
    assert.equal(proposeMediationSite(city, '66000080')?.siteCode, 'bureau', '北屯區');
    assert.equal(proposeMediationSite(city, '99999999'), undefined);
    assert.equal(proposeMediationSite({ ...city, mediationSiteDistricts: undefined }, '66000130'), undefined, 'without a table, no proposal');
  });

  it('every site serves its own district and every district is served once, or the city file is refused', () => {
    for (const site of city.mediationSites) assert.equal(proposeMediationSite(city, site.districtCode ?? '')?.siteCode, site.code);
    const served = Object.values(city.mediationSiteDistricts?.serves ?? {}).flat().sort();
    assert.deepEqual(served, city.districts.map((d) => d.townCode).sort());
    const raw = loadCityConfig('taichung');
    const moved = structuredClone(raw);
    moved.mediationSiteDistricts!.serves['shalu-office'] = moved.mediationSiteDistricts!.serves['shalu-office']!.filter((d) => d !== '66000130');
    moved.mediationSiteDistricts!.serves.bureau!.push('66000130');
    assert.equal(cityConfigShape.safeParse(moved).success, false, "沙鹿區 must map to the 沙鹿 site");
    const twice = structuredClone(raw);
    twice.mediationSiteDistricts!.serves.bureau!.push('66000120');
    assert.equal(cityConfigShape.safeParse(twice).success, false, 'a district served by two sites');
    const unknown = structuredClone(raw);
    unknown.mediationSiteDistricts!.serves.nowhere = ['66000120'];
    assert.equal(cityConfigShape.safeParse(unknown).success, false, 'an unknown site');
  });

  it('reads the district from an address, the longest name first (南屯區 is not 南區), 台 or 臺', () => {
    assert.equal(districtInAddress(city, '臺中市南屯區公益路二段51號'), '66000070');
    assert.equal(districtInAddress(city, '台中市南區建國北路'), '66000030');
    assert.equal(districtInAddress(city, '台中市大甲區順天路'), '66000110');
    assert.equal(districtInAddress(city, 'No. 1, Somewhere'), undefined);
    assert.equal(districtInAddress(city, undefined), undefined);
  });
});

describe('the application keeps the party district; the case shows the proposed site for the booking', () => {
  let t: TestContext;
  let chief: Session;
  before(async () => {
    t = await createTestContext();
    chief = await t.signIn('chief', ['admin']);
  });
  after(() => t.close());

  const apply = (extra: Record<string, unknown>, address?: string) =>
    t.request('/api/v1/mediation-applications', {
      method: 'POST',
      body: {
        disputeType: 'rights', siteCode: 'bureau',
        applicant: { kind: 'worker', name: '王小明', phone: '0912-000-000', ...(address ? { address } : {}) },
        respondent: { kind: 'employer', name: '好棒棒' }, claims: [{ kind: 'other' }], summary: '工資。', ...extra,
      },
    });
  const detailOf = async (caseNumber: string) => {
    const list = await t.request('/api/v1/staff/mediation-cases?scope=city&pageSize=100', { session: chief });
    const id = list.json.items.find((i: { caseNumber: string }) => i.caseNumber === caseNumber).id;
    return (await t.request(`/api/v1/staff/mediation-cases/${id}`, { session: chief })).json;
  };

  it('a district chosen on the form: 清水區 → 沙鹿, even when the party keeps another site', async () => {
    const filed = await apply({ districtCode: '66000120' }, '臺中市大甲區順天路1號');
    assert.equal(filed.status, 201, filed.text);
    const detail = await detailOf(filed.json.caseNumber);
    assert.equal(detail.siteCode, 'bureau', 'the site the party chose stays');
    assert.deepEqual(detail.nearestSite, { siteCode: 'shalu-office', districtCode: '66000120', source: 'chosen', confirmed: false });
  });

  it("no district chosen: the applicant's address district (大甲區 → 大甲); none at all: no proposal", async () => {
    const fromAddress = await apply({}, '台中市大甲區順天路1號');
    assert.deepEqual((await detailOf(fromAddress.json.caseNumber)).nearestSite, { siteCode: 'dajia-office', districtCode: '66000110', source: 'address', confirmed: false });
    const none = await apply({});
    assert.equal((await detailOf(none.json.caseNumber)).nearestSite, null);
  });

  it('a district that is not the city\'s is refused with the field named', async () => {
    const bad = await apply({ districtCode: '12345678' });
    assert.equal(bad.status, 400, bad.text);
    assert.match(bad.text, /districtCode/);
    assert.equal((await apply({ districtCode: 'abc' })).status, 400);
  });
});
