/**
 * Korean attribution cues.
 * Source: Korean press usage (연합뉴스, 뉴시스, 뉴스1, 조선일보, 중앙일보, 한겨레, 한국일보, 매일경제, KBS, MBC),
 * checked against ../shared/reference/cues.md. Korean has no capitals; it writes spaces between words, but
 * case particles are glued to the word before them (`연합뉴스에 따르면`, `국무부는`, `AP통신이`). Hangul is read by
 * lib/detect/caseless.ts like the unspaced scripts, except that a space ends a name: the name beside a cue is
 * the one word next to it, credited when the registry knows it, when it is quoted, when it ends in an
 * `orgWords` word (…외교부, …경찰청, …위원회, …통신) or when it is written in Latin letters (CNN).
 *
 * Things to know before editing:
 * - Cue words match whole words only (hangul is not an unspaced script for the matcher), so a cue glued to
 *   its particle is listed with it: `대변인은`, `방송에`. The glued particle of the name itself (`연합뉴스에`,
 *   `AP통신이`, `외교부의`) is stripped as an auxiliary, from the end of the word, so the auxiliaries hold the
 *   case particles; `particles` hold only long postpositions, since they cut a word wherever they occur inside
 *   it (은 would cut 한국은행).
 * - Clause-final reporting verbs (`…라고 밝혔다`, `…고 보도했다`) credit the sentence's topic, the word before
 *   its first topic marker (`은 `, `는 `, `이 `, `가 `, `도 `, each with its space, so that 은 inside 한국은행 is no
 *   marker). A person topic (`김 대변인은`) credits no one.
 * - Spokespeople and officials follow their office (`국무부 대변인은`, `청와대 관계자는`): the `spokesperson`
 *   cue reads the word before the role and credits it only when it is organization-like.
 * - Datelines of the agencies are printed `(서울=연합뉴스)`, `[세종=뉴시스]`: a city followed by = is a label
 *   whose slot is the agency.
 * - Organization words count at the start of a word as well as at its end, so single syllables are left out:
 *   당 starts 당시 and 당선인, 원 ends 의원 and 직원, 청 starts 청년, 시청 starts 시청자; ministries, agencies and parties
 *   are listed whole or by their last two syllables (…주당 for 민주당, 국민의힘). The plural 들 and 권 (은행권) are
 *   auxiliaries, so 은행들은 and 은행권은 are read as the bare 은행, which credits no one.
 * - Photo credits: `[사진 출처 = X]`, `(사진=X)`, `사진 제공=X` print the credit after the label
 *   (`[사진=연합뉴스 자료사진]` credits `연합뉴스 자료사진` as printed). A bare 제공 or 촬영 is not a cue (`사진 제공=`,
 *   `드론 촬영` put no credit before it); a caption ending in a bare agency name (`… 뉴시스`) is read by the engine.
 * Edit: one word in the table it belongs to, and a sentence in test/cues/ko.test.ts that fails without it.
 */
import type { CueFileInput } from './schema';

/**
 * Broadcasters and their sites (KBS, MBC, SBS, YTN, JTBC) write the reporting verb in the polite register:
 * 설명했습니다 for 설명했다, 설명합니다 for 설명한다, 입장입니다 for 입장이다. Each plain form listed below is
 * listed with its polite one: the past's ㅆ takes 습니다, the present's ㄴ turns ㅂ before 니다, the copula 이다
 * becomes 입니다. Forms with no 다 at the end (밝혔고, 성명을) stay as they are.
 */
const HANGUL = 0xac00;
function politeForm(word: string): string | null {
  if (word.endsWith('이다')) return `${word.slice(0, -2)}입니다`;
  if (!word.endsWith('다') || word.length < 2) return null;
  const code = word.charCodeAt(word.length - 2) - HANGUL;
  if (code < 0 || code > 11171) return null;
  const final = code % 28;
  const stem = word.slice(0, -2);
  if (final === 20) return `${word.slice(0, -1)}습니다`; // ㅆ: 했다 → 했습니다
  if (final === 4) return `${stem}${String.fromCharCode(HANGUL + code - 4 + 17)}니다`; // ㄴ → ㅂ: 한다 → 합니다
  return null;
}
const withPolite = (words: string[]): string[] => [...new Set(words.flatMap((w) => [w, politeForm(w) ?? w]))];

export default {
  lang: 'ko',
  name: 'Korean',
  script: 'hangul',
  stopwords: ['그리고', '그러나', '하지만', '또한', '또', '및', '등', '것', '수', '있다', '했다', '있는', '이번', '지난', '오는', '올해', '지난해', '이날', '위해', '대한', '통해', '관련', '때문에', '그는', '그러면서', '이어', '다만', '특히'],
  cues: [
    {
      id: 'according',
      form: 'after',
      words: [
        '따르면', '의하면', '보도에 따르면', '발표에 따르면', '조사에 따르면', '자료에 따르면', '통계에 따르면', '집계에 따르면', '분석에 따르면', '설명에 따르면',
        '보고서에 따르면', '성명에 따르면', '발표에 의하면', '보도에 의하면', '여론조사에 따르면', '결과에 따르면', '설문조사에 따르면', '조사 결과에 따르면',
      ],
      note: '연합뉴스에 따르면, 국토교통부 자료에 따르면; 업계에 따르면 / 외신에 따르면 name no one',
    },
    {
      id: 'reported',
      form: 'after',
      words: withPolite([
        '보도했다', '보도했습니다', '전했다', '전했습니다', '밝혔다', '밝혔습니다', '발표했다', '발표했습니다', '보도하며', '보도한', '전한', '입수한', '공개한', '발표한', '내놓은', '인용해', '인용하여', '인용한',
        // a poll or survey a body ran (리얼미터가 실시한 여론조사에 따르면)
        '실시한', '진행한', '조사한', '집계한',
        '인터뷰에서', '인터뷰를', '취재에', '실린', '게재된', '게재한',
      ]),
      note: '…라고 AP통신이 보도했다; 블룸버그통신을 인용해; CNN과의 인터뷰에서 (told CNN); 네이처에 실린 논문',
    },
    {
      id: 'announced',
      form: 'topic',
      words: withPolite([
        '밝혔다', '밝혔습니다', '밝혔고', '밝혔으며', '전했다', '전했습니다', '보도했다', '보도했습니다', '설명했다', '강조했다', '지적했다', '알렸다',
        '확인했다', '주장했다', '경고했다', '전망했다', '예상했다', '덧붙였다', '말했다', '말했습니다', '공지했다', '집계했다', '추산했다', '예보했다', '비판했다', '반박했다', '해명했다', '부인했다', '논평을', '논평에서',
        '성명을', '성명에서', '보도자료를', '보도자료에서', '입장문을', '입장문에서',
        // a body's stated position: 정부는 …라는 입장이다
        '입장이다', '입장입니다', '입장을 냈다', '입장을 내놨다',
        // …and its stated policy: 금융위는 …을 적용할 방침이다 (방침입니다 on air)
        '방침이다',
        // Features and analyses write the verb in the present: 국토교통부는 …고 설명한다.
        '밝힌다', '설명한다', '강조한다', '지적한다', '주장한다', '전망한다', '예상한다', '경고한다', '분석한다', '보도한다', '전한다',
      ]),
      note: '국무부는 15일 성명을 내고 …라고 밝혔다, 금융위는 …할 방침이다: the topic of the sentence speaks',
    },
    {
      id: 'announced-object',
      form: 'topic',
      words: withPolite(['발표했다', '발표했습니다', '발표한다', '공개했다', '공개했습니다']),
      objectMarks: ['을', '를'],
      objects: [
        '결과', '자료', '보고서', '백서', '통계', '지수', '수치', '집계', '조사', '분석', '전망', '예측', '계획', '방침', '방안', '대책', '정책', '성명', '입장', '입장문', '담화', '내용', '현황', '명단',
        '결정', '예보', '경보', '주의보', '특보', '기준', '지침', '실적', '잠정치', '추정치', '것', '사실', '영상', '동영상', '사진', '문서', '문건', '녹취록', '서한', '일정', '명세서', '방향', '안', '목표',
      ],
      note: '통계청은 …조사 결과를 발표했다 and …했다고 발표했다 credit the topic; 삼성전자는 새 스마트폰을 발표했다 (a product) credits no one',
    },
    {
      id: 'spokesperson',
      form: 'after',
      holderBetween: true,
      words: [
        '대변인은', '대변인이', '대변인도', '대변인에', '대변인',
        // Compound offices are one word: 수석대변인 (chief), 원내대변인 (floor), 부대변인 (deputy), 대변인실 (the office).
        ...['수석대변인', '원내대변인', '부대변인', '상근부대변인', '선임대변인', '대변인실', '공보관', '공보실', '홍보실'].flatMap((w) => [w, `${w}은`, `${w}는`, `${w}이`, `${w}도`, `${w}에`]), '관계자는', '관계자가', '관계자도', '관계자에', '관계자', '관계자들은', '관계자들이', '관계자들에', '당국자는', '당국자가', '당국자', '고위', '소식통은',
        '방송은', '방송이', '방송도', '방송에', '방송', '통신은', '통신이', '통신도', '통신에', '통신', '신문은', '신문이', '신문에', '일간지는',
      ],
      note: '국무부 대변인은 → 국무부; 국방부 전하규 대변인은 → 국방부 (the holder between body and role); 청와대 관계자는 → 청와대; 미국 CNN 방송은 → CNN; 업계 관계자는 credits no one',
    },
    {
      id: 'dateline',
      form: 'label',
      strong: true,
      words: [
        '서울', '부산', '대구', '인천', '광주', '대전', '울산', '세종', '수원', '춘천', '청주', '전주', '창원', '제주', '안동', '포항', '원주', '강릉', '의정부', '고양', '성남', '용인', '홍성',
        '무안', '여수', '순천', '목포', '천안', '김해', '진주', '구미', '경주', '평택', '안산', '화성', '파주', '남양주', '서귀포', '과천',
        '워싱턴', '뉴욕', '로스앤젤레스', '샌프란시스코', '베이징', '상하이', '홍콩', '도쿄', '오사카', '파리', '런던', '베를린', '모스크바', '브뤼셀', '제네바', '뉴델리', '하노이',
        '자카르타', '방콕', '싱가포르', '시드니', '카이로', '두바이', '예루살렘', '이스탄불', '타이베이', '선양', '키이우', '바르샤바', '로마', '마드리드', '빈', '토론토', '밴쿠버', '실리콘밸리',
      ],
      note: 'agency datelines: (서울=연합뉴스), [세종=뉴시스], (워싱턴=연합뉴스)',
    },
    {
      id: 'executive',
      form: 'after',
      firmsOnly: true,
      holderBetween: true,
      words: ['대표는', '대표가', '대표이사는', '대표이사가', '사장은', '사장이', '회장은', '회장이', '부회장은', '부사장은', '최고경영자는', 'CEO는', 'CEO가', '창업자는', '이사장은'],
      objects: withPolite(['밝혔다', '말했다', '강조했다', '설명했다', '전했다', '덧붙였다', '밝혔습니다', '말했습니다', '강조한다', '설명한다', '말한다', '밝힌다']),
      note: '㈜디지털이엠씨 박채규 대표는 …고 강조한다 → 디지털이엠씨: an executive speaks for the firm (a party leader, 민주당 대표, for no one), when a reporting verb follows',
    },
    { id: 'source-line', form: 'label', strong: true, words: ['출처', '자료', '자료 출처', '기사 출처', '원문', '원문 출처'] },
    {
      id: 'photo',
      form: 'label',
      role: 'photo',
      strong: true,
      words: ['사진', '사진 출처', '사진출처', '사진 제공', '사진제공', '사진 자료', '영상', '영상 출처', '영상 제공', '이미지', '이미지 출처', '그래픽', '촬영'],
      note: '[사진 출처 = 연합뉴스], (사진=뉴스1), 사진 제공=국방부',
    },
    {
      id: 'photo-by',
      form: 'after',
      role: 'photo',
      strong: true,
      words: ['제공)', '제공]', '제공 )', '자료사진'],
      note: '(사진=국방부 제공), 연합뉴스 자료사진, in captions only. A bare 제공 or 촬영 is left out: 사진 제공=…, 드론 촬영 put no credit before the word',
    },
  ],
  // "잠실=최문영 기자" under a picture: the place it was taken, the staff photographer.
  placedStaffRoles: ['기자', '사진기자', '특파원'],
  auxiliaries: [
    '은', '는', '이', '가', '을', '를', '에', '에서', '에게', '께서', '의', '와', '과', '와의', '과의', '으로', '로', '으로부터', '로부터', '측', '측은', '측이', '측에',
    '들', '권', '이날', '전날', '당일', '앞서', '최근', '또한', '또', '역시', '현지시간',
    // "로이터통신 등 외신에 따르면": the outlet named before the foreign press it stands for
    '외신', '외신들', '주요 외신', '등',
  ],
  fillers: ['관영', '국영', '일간', '일간지', '경제지', '경제매체', '정치전문매체', '전문매체', '현지', '주요'],
  outletWords: ['일간', '일간지', '경제지', '경제매체', '매체', '정치전문매체', '전문매체', '관영', '국영', '방송', '통신', '통신사', '신문'],
  orgWords: [
    // government
    '외교부', '국방부', '국무부', '통일부', '법무부', '재무부', '상무부', '내무부', '노동부', '교육부', '환경부', '국토교통부', '기획재정부', '산업통상자원부', '보건복지부',
    '고용노동부', '행정안전부', '과학기술정보통신부', '여성가족부', '문화체육관광부', '농림축산식품부', '해양수산부', '중소벤처기업부', '국가보훈부', '국토안보부', '에너지부', '국방성', '외무성',
    '경찰청', '기상청', '검찰청', '국세청', '관세청', '통계청', '소방청', '질병관리청', '방위사업청', '조달청', '특허청', '산림청', '해양경찰청', '병무청', '교육청', '경찰서', '소방서',
    '식약처', '경호처', '법제처', '인사혁신처', '국정원', '감사원', '금감원', '금융감독원', '헌법재판소', '대법원', '법원', '지법', '고법', '지검', '고검', '공수처',
    '위원회', '정부', '당국', '대통령실', '청와대', '백악관', '국회', '의회', '사령부', '합참', '본부', '대사관', '영사관', '총영사관',
    // press
    '통신', '통신사', '신문', '신문사', '일보', '방송', '뉴스', '타임스', '포스트', '저널', '방송사',
    // parties, institutions, companies
    '주당', '의당', '화당', '신당', '보당', '산당', '민당', '노동당', '보수당', '자유당', '녹색당', '국민당', '국민의힘', '캠프', '협회', '학회', '연합회', '협의회', '연맹', '재단', '조합', '공사', '공단', '은행', '그룹', '전자', '대학교', '병원', '연구소', '센터', '기구', '연합', '거래소',
  ],
  // Suffixes only (a word's end, after two syllables of its own): 연구원 alone is a researcher, 청 starts 청년.
  orgTails: [
    '연구원', '진흥원', '개발원', '평가원', '부동산원', '회의소', '사무소', '연구소', '재판소', '청', '처', '부', '위원회', '공사', '공단', '재단', '협회', '연합회', '은행', '병원', '대학교', '일보', '신문', '방송',
    '노동성', '외무성', '방위성', '산업성', '재무성', '총무성', '법무성', '과학성', '교통성', '환경성', '수사국', '정보국', '통계국', '이민국', '사무국', '관리국', '기상국', '안보국',
  ],
  // Words ending in a tail that name no body: requests and applications (요청, 신청), contacts, whether (여부), parts.
  notBodies: ['요청', '신청', '초청', '경청', '시청', '도청', '연락처', '사용처', '투자처', '거래처', '여부', '일부', '내부', '외부', '전부', '대부', '지도부', '수뇌부', '상층부'],
  // Names a firm's executive speaks for end so: see the executive cue.
  companyWords: ['전자', '그룹', '자동차', '증권', '보험', '은행', '건설', '제약', '바이오', '화학', '중공업', '항공', '물산', '카드', '생명', '에너지', '전기', '엔터테인먼트', '홀딩스', '산업', '모터스', '반도체', '디스플레이', '텔레콤', '협회', '재단', '연합회'],
  // Kinds of firm that describe the name after them (시장조사업체 카운터포인트리서치에 따르면), and the company mark (㈜, 주식회사).
  kindWords: ['㈜', '(주)', '주식회사',
    '시장조사업체', '시장조사기관', '시장조사회사', '여론조사기관', '여론조사업체', '여론조사회사', '조사업체', '조사기관', '리서치업체', '연구기관', '민간연구기관', '싱크탱크', '신용평가사', '국제신용평가사',
    '컨설팅업체', '컨설팅회사', '데이터업체', '분석업체', '시장분석업체', '시장분석기관', '글로벌 시장조사업체', '미국 시장조사업체',
  ],
  roleWords: [],
  personTitles: ['대통령', '총리', '장관', '차관', '대변인', '교수', '의원', '기자', '위원장', '대표', '회장', '사장', '씨', '박사', '청장', '원장', '총장', '당선인', '후보',
    // Heads of offices whose names end the title ("노 고검장은", "한 지검장도": 고검, 지검 are offices, the title a person).
    '고검장', '지검장', '검사장', '지청장', '검사', '도지사', '군수', '구청장', '교육감', '본부장', '센터장', '국장', '실장', '처장', '단장'],
  nameLinks: [],
  calendar: [],
  listJoiners: ['와', '과', '및', '、'],
  excludedLabels: ['기자', '편집', '관련기사', '관련 기사', '관련뉴스', '관련 뉴스', '함께 보면 좋은 기사', '추천기사', '많이 본 뉴스', '저작권자', '무단전재', '글', '정리', '번역'],
  notCredits: ['자료사진', '참고사진', '참고 사진', '기사와 무관', '기사 내용과 무관', '본문과 무관', '일러스트'],
  // The story carried from elsewhere, its link under it: 원문 보기, 기사 원문.
  originPhrases: ['원문 보기', '원문보기', '기사 원문', '원문 기사', '기사원문'],
  particles: ['으로부터', '로부터', '에게서', '에서는'],
  topicMarkers: ['은 ', '는 ', '이 ', '가 ', '도 '],
} satisfies CueFileInput;
