/** Korean cues: sentences modelled on Korean press usage (wires, national dailies, broadcasters), and near-misses that must not credit. */
import { describe, expect, it } from 'vitest';
import { credits, folded } from './harness';

describe('ko: sources', () => {
  it.each([
    // A city's police is not the national agency whose name ends its word.
    ['부산경찰청은 용의자 2명을 체포했다고 밝혔다.', ['부산경찰청']],
    // What was announced is a document, figures, a decision or footage (or a statement with no object).
    ['통계청은 12일 지난달 고용동향 조사 결과를 발표했다.', ['통계청']],
    ['수원지검은 이날 피의자를 구속 기소했다고 밝혔다.', ['수원지검']],
    ['기상청은 이날 오후 강원 산간에 대설 특보를 발표했다.', ['기상청']],
    ['국방부는 13일 연합훈련 영상을 공개했다.', ['국방부']],
    ['한국은행은 13일 기준금리를 동결한다고 발표했다.', ['한국은행']],
    ['연합뉴스에 따르면 이번 사고로 3명이 다쳤다.', ['연합뉴스']],
    ['AP통신에 따르면 지진으로 100여 명이 숨진 것으로 집계됐다.', ['AP통신']],
    ['월스트리트저널에 따르면 회사는 경쟁사 인수를 추진하고 있다.', ['월스트리트저널']],
    ['한국은행이 발표한 자료에 따르면 가계대출이 석 달 연속 늘었다.', ['한국은행']],
    ['로이터통신은 15일 소식통을 인용해 협상이 결렬됐다고 보도했다.', ['로이터통신']],
    ['"협상은 계속된다"고 AP통신이 이날 보도했다.', ['AP통신']],
    ['미국 국무부는 15일 성명을 내고 미사일 발사를 규탄한다고 밝혔다.', ['국무부']],
    ['매슈 밀러 미국 국무부 대변인은 기자들에게 이같이 말했다.', ['국무부']],
    ['청와대 관계자는 기자들과 만나 "검토 중"이라고 말했다.', ['청와대']],
    ['미국 CNN 방송은 백악관이 새로운 제재를 검토하고 있다고 보도했다.', ['CNN']],
    ['일본 교도통신은 정부가 추가 경제대책을 마련한다고 전했다.', ['교도통신']],
    ['북한 관영 조선중앙통신은 새로운 미사일 시험발사에 성공했다고 보도했다.', ['조선중앙통신']],
    ['이스라엘군은 가자지구 북부를 공습했다고 밝혔다.', ['이스라엘군']],
    ['더불어민주당은 논평을 내고 정부의 대응을 비판했다.', ['더불어민주당']],
    ['그는 CNN과의 인터뷰에서 "휴전은 가능하다"고 말했다.', ['CNN']],
    ['(서울=연합뉴스) 홍길동 기자 = 정부가 새 부동산 대책을 발표했다.', ['연합뉴스']],
    ['[세종=뉴시스]김철수 기자 = 기획재정부는 15일 하반기 경제정책방향을 발표했다.', ['뉴시스', '기획재정부']],
    ['출처: 통계청', ['통계청']],
    ['자료=한국은행', ['한국은행']],
    ['강준현 민주당 수석대변인은 서면 브리핑에서 "유감스럽다"고 밝혔다.', ['민주당']],
    ['국민의힘 원내대변인은 논평을 내고 정부를 비판했다.', ['국민의힘']],
    ['외교부 부대변인은 정례 브리핑에서 이같이 말했다.', ['외교부']],
    ['국토교통부는 "공급을 늘려 나간다"고 설명한다.', ['국토교통부']],
    ['한국은행은 올해 성장률이 2%에 그칠 것으로 전망한다.', ['한국은행']],
    ['국제통화기금(IMF)은 올해 세계 경제 성장률을 3.2%로 전망했다.', ['국제통화기금']],
    ['한국개발연구원(KDI)은 경기 둔화가 이어질 것이라고 밝혔다.', ['한국개발연구원']],
    // An unknown name with no organization word is credited by its acronym in brackets.
    ['미래에너지포럼(FEF)은 전력 수요가 늘 것이라고 밝혔다.', ['FEF']],
    // A credit that lists several names credits each; a kind of outlet before the first describes them all.
    ['미국 일간지 뉴욕타임스와 워싱턴포스트 등에 따르면 협상이 결렬됐다.', ['뉴욕타임스', '워싱턴포스트']],
    ['브라질 일간지 폴랴와 에스타동 등에 따르면 시위가 확산됐다.', ['폴랴', '에스타동']],
    ['칠레 일간지 메르쿠리오에 따르면 산불이 번지고 있다.', ['메르쿠리오']],
    ['통계청과 한국은행의 자료에 따르면 소비가 줄었다.', ['통계청', '한국은행']],
    // A state's name and the word for its government, two words in Korean; a position it states.
    ['미국 정부는 제재를 검토하고 있다고 밝혔다.', ['United States government']],
    ['캐나다 정부는 노조의 요구가 과도하다는 입장입니다.', ['Canadian government']],
    // Broadcast copy writes the verb in the polite register: each plain verb's polite form reports too.
    ['질병관리청은 독감 환자가 2주째 늘고 있다고 설명했습니다.', ['질병관리청']],
    ['산림청은 주말 동안 산불 위험이 높을 것으로 예상했습니다.', ['산림청']],
    ['관세청은 "통관 절차를 간소화한다"고 강조합니다.', ['관세청']],
    ['㈜누리바이오 최민수 대표는 "수출 물량이 두 배로 늘었다"고 설명했습니다.', ['누리바이오']],
    // …and, as before, a person or a bare generic word in the polite form credits no one.
    ['박 장관은 기자회견에서 이같이 강조했습니다.', []],
    // A body's stated policy, as its stated position: 방침이다 (방침입니다 on air).
    ['국토교통부는 다음 달부터 단속을 강화할 방침입니다.', ['국토교통부']],
    ['교육부는 수업 시간을 줄일 방침이다.', ['교육부']],
    ['김 장관은 제도를 보완할 방침이다.', []],
    ['회사는 추가 피해는 없다고 해명했습니다.', []],
  ])('%s', (text, expected) => {
    expect(credits(text, 'ko').sources).toEqual(folded(expected));
  });
});

describe('ko: bodies named by their shape, firms credited for data, spokespeople', () => {
  it.each([
    ['서울 강남경찰서는 20대 남성을 체포했다고 밝혔다.', ['강남경찰서']],
    ['한국조세재정연구원은 세수가 줄 것이라고 전망했다.', ['한국조세재정연구원']],
    ['부산상공회의소는 지역 기업의 애로를 조사했다고 밝혔다.', ['부산상공회의소']],
    ['일본 후생노동성은 확진자가 늘었다고 밝혔다.', ['후생노동성']],
    ['미국 연방수사국은 용의자를 추적하고 있다고 밝혔다.', ['연방수사국']],
    // Firms and pollsters: a kind before the name, and the survey they ran.
    ['시장조사업체 카운터포인트리서치에 따르면 점유율이 상승했다.', ['카운터포인트리서치']],
    ['여론조사기관 한길리서치가 발표한 결과에 따르면 지지율이 하락했다.', ['한길리서치']],
    ['리얼미터가 실시한 여론조사에 따르면 지지율이 올랐다.', ['리얼미터']],
    // The outlet named before the foreign press it stands for.
    ['로이터통신 등 외신에 따르면 협상이 결렬됐다.', ['로이터통신']],
    ['AP통신 등 외신들에 따르면 사망자가 늘었다.', ['AP통신']],
    // A spokesperson counts for the body: the holder's name stands between the body and the role.
    ['국방부 전하규 대변인은 정례브리핑에서 이같이 말했다.', ['국방부']],
    ['중국 외교부 마오닝 대변인은 정례 브리핑에서 유감을 표했다.', ['외교부']],
  ])('%s', (text, expected) => {
    expect(credits(text, 'ko').sources).toEqual(folded(expected));
  });

  it.each([
    ['김 연구원은 "시장이 회복될 것"이라고 밝혔다.'],
    ['한 시장조사업체 관계자는 "수요가 줄었다"고 말했다.'],
    ['정부의 요청에 따르면 기업들은 협조해야 한다.'],
    ['외신들에 따르면 협상이 결렬됐다.'],
    ['정부에서는 대책을 마련했다고 밝혔다.'],
    ['이 후보 대변인은 "사실이 아니다"라고 밝혔다.'],
  ])('no credit in %s', (text) => {
    expect(credits(text, 'ko').sources).toEqual([]);
  });
});

describe('ko: an executive speaks for the firm', () => {
  it.each([
    ['㈜한빛테크 박민수 대표는 이제는 해외 시장과 승부해야 할 때라고 강조한다.', ['한빛테크']],
    ['삼성전자 이재용 회장은 "기술이 우선"이라고 말했다.', ['삼성전자']],
    ['현대자동차 정의선 회장은 "전동화를 서두르겠다"고 밝혔다.', ['현대자동차']],
  ])('%s', (text, expected) => {
    expect(credits(text, 'ko').sources).toEqual(folded(expected));
  });

  it.each([
    ['더불어민주당 이재명 대표는 "정부가 책임져야 한다"고 말했다.'],
    ['김 대표는 "문제없다"고 말했다.'],
    ['삼성전자 이재용 회장은 평택 공장을 방문했다.'],
  ])('no credit in %s', (text) => {
    expect(credits(text, 'ko').sources).toEqual([]);
  });
});

describe('ko: photo credits', () => {
  it.each([
    ['기자회견을 하고 있는 후보의 모습. [사진 출처 = 더불어민주당 선거대책위원회]', ['더불어민주당 선거대책위원회']],
    ['훈련에 참가한 장병들. [사진 출처 = 연합뉴스]', ['연합뉴스']],
    ['새로 공개된 발사 장면(국방부 제공)', ['국방부']],
    ['사진 제공=문화재청', ['문화재청']],
    ['시민들이 거리를 걷고 있다. (사진=게티이미지뱅크)', ['게티이미지뱅크']],
    ['발사체가 하늘로 솟구치고 있다. 연합뉴스 자료사진', ['연합뉴스']],
    // The copyright sign Korean captions print: a circled c.
    ['경기장에 모인 관중들이 응원하고 있다. ⓒ 뉴스1', ['뉴스1']],
    // The place, then the paper's own photographer: a staff credit, as sports pages print it.
    ['7회초 2사 만루에서 3루 주자가 홈으로 파고들고 있다. 고척=박서윤 기자 photo@example.co.kr /2023.05.14/', ['박서윤 기자']],
    ['개막식에서 선수단이 입장하고 있다. (상암=이도현 기자)', ['이도현 기자']],
    ['정상들이 악수하고 있다. 브뤼셀=정하늘 특파원', ['정하늘 특파원']],
  ])('%s', (text, expected) => {
    expect(credits(text, 'ko', 'caption').photos).toEqual(folded(expected));
  });

  it('reads "/연합뉴스" on a line of its own under a picture as its credit, not the text\'s', () => {
    expect(credits('/연합뉴스', 'ko')).toMatchObject({ sources: [], photos: folded(['연합뉴스']) });
  });
});

describe('ko: must not credit', () => {
  it.each([
    ['전문가들은 "금리 인하는 시기상조"라고 지적했다.'],
    ['김 교수는 "정책 효과가 나타나려면 시간이 필요하다"고 말했다.'],
    ['김 대변인은 "사실이 아니다"라고 밝혔다.'],
    ['업계 관계자는 "가격 인상이 불가피하다"고 말했다.'],
    ['한 관계자는 "검토하고 있다"고 말했다.'],
    ['업계에 따르면 주요 기업들이 투자를 늘리고 있다.'],
    ['외신에 따르면 현지에서는 시위가 이어지고 있다.'],
    ['정부는 15일 새 대책을 발표했다.'],
    ['은행권은 대출 금리를 올렸다고 밝혔다.'],
    ['이 당선인은 선거 운동 기간에도 개혁 의지를 강조했다.'],
    ['관련기사: 연합뉴스에 따르면 사고로 3명 다쳐'],
    ['김 수석대변인은 "유감"이라고 말했다.'],
    ['그는 "문제없다"고 강조한다.'],
    ['이 후보(55)는 "최선을 다하겠다"고 말했다.'],
    ['전문가들은 금리가 더 오를 것으로 전망한다.'],
    // A date before a word is no holder's name between a body and a role (통신은 is no agency here).
    ['두 나라 사이 통신선이 열린 1990년대이래 통신은 자주 끊겼다.'],
    // Residents are no outlet, whatever stands before them.
    ['현지 주민들에 따르면 밤새 폭발음이 들렸다.'],
    ['정부는 추가 지원이 필요하지 않다는 입장이다.'],
    // A product announced or unveiled is no statement.
    ['LG전자는 11일 투명 올레드 TV 신제품을 발표했다.'],
    // The head of an office is a person, though the title opens with the office's word (고검, 지검).
    ['박 고검장은 이날 내부망에 사직 인사를 올렸다고 밝혔다.'],
    ['최 지검장도 법무부에 사직원을 제출했다고 밝혔다.'],
    ['부산지검장은 기자간담회에서 수사를 이어가겠다고 말했다.'],
    ['기아는 이날 서울모빌리티쇼에서 신형 전기 SUV를 공개했다.'],
    // A reporter where a wire's name would stand in a dateline is the paper's own: no source.
    ['[광주=최유진 기자] 시는 내년 예산안을 발표했다.'],
    ['(워싱턴=한지민 특파원) 미국 국무부의 브리핑이 열렸다.'],
  ])('%s', (text) => {
    expect(credits(text, 'ko').sources).toEqual([]);
  });

  it.each([['(자료사진)'], ['※ 기사와 관련 없는 사진입니다.'], ['드론 촬영으로 본 피해 현장'], ['(사진=자료사진)'], ['Copyrights ⓒ 한빛일보. 무단전재 및 재배포 금지'], ['(서울=연합뉴스) 김민수 기자 = 시민들이 광장을 걷고 있다.'], ['기자회견을 하고 있는 장관. 국회사진기자단']])('no photo credit in %s', (text) => {
    expect(credits(text, 'ko', 'caption').photos).toEqual([]);
  });
});
