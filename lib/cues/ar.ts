/**
 * Arabic attribution cues.
 * Source: Arabic press usage (Al Jazeera, Al Arabiya, Asharq Al-Awsat, agencies' Arabic services), checked
 * against ../shared/reference/cues.md. Arabic is verb-first (قال المرصد…), so most verbs come before the
 * name; the conjunction و and the preposition ل attach to the next word, so cue tables list those forms too.
 * No capitals: names count with an organization word (وزارة، وكالة، صحيفة، المرصد…) or a registry entry.
 * Edit: one word, one sentence in test/cues/ar.test.ts.
 */
import type { CueFileInput } from './schema';

export default {
  lang: 'ar',
  name: 'Arabic',
  script: 'arabic',
  stopwords: ['في', 'من', 'على', 'إلى', 'أن', 'عن', 'مع', 'هذا', 'هذه', 'التي', 'الذي', 'كان', 'قد', 'لم', 'لا', 'ما', 'إن', 'بعد', 'كما', 'أو', 'بين', 'ذلك', 'حيث', 'عند', 'وقد', 'كل', 'هو', 'هي', 'وهو', 'وهي'],
  cues: [
    { id: 'according', form: 'before', words: ['وفقا لـ', 'وفقاً لـ', 'وفقا ل', 'وفقاً ل', 'وفق', 'بحسب', 'حسب', 'طبقا لـ', 'طبقاً لـ', 'نقلا عن', 'نقلاً عن', 'بحسب ما أفادت', 'بحسب ما ذكرت', 'وذكرت', 'ذكرت', 'أفادت', 'وأفادت', 'أوردت', 'وأوردت', 'نقلت', 'ونقلت'] },
    { id: 'said', form: 'before', words: ['قال', 'وقال', 'قالت', 'وقالت', 'أكد', 'وأكد', 'أكدت', 'وأكدت', 'أعلن', 'وأعلن', 'أعلنت', 'وأعلنت', 'أوضح', 'وأوضح', 'أوضحت', 'وأوضحت', 'صرح', 'وصرح', 'أضاف', 'وأضاف', 'أضافت', 'وأضافت', 'دعا', 'ودعا'] },
    { id: 'told', form: 'before', strong: true, note: 'لصحيفة X: to the newspaper X — the word itself says X is an outlet', words: ['لصحيفة', 'لوكالة', 'لقناة', 'لموقع', 'لشبكة', 'في تصريح لـ', 'في تصريحات لـ', 'في حديث لـ', 'في مقابلة مع'] },
    { id: 'source-line', form: 'label', strong: true, words: ['المصدر', 'مصدر'] },
    { id: 'photo', form: 'label', role: 'photo', strong: true, words: ['صورة', 'الصورة', 'تصوير', 'الصور'] },
  ],
  auxiliaries: [],
  fillers: ['في بيان له', 'في بيان', 'بيان', 'تقرير', 'مصادر', 'إن'],
  outletWords: ['صحيفة', 'وكالة', 'وكالة أنباء', 'قناة', 'موقع', 'شبكة', 'مجلة', 'إذاعة', 'تلفزيون'],
  orgWords: ['وزارة', 'وكالة', 'صحيفة', 'قناة', 'موقع', 'شبكة', 'مجلة', 'المرصد', 'الائتلاف', 'مجلس', 'هيئة', 'منظمة', 'الجيش', 'جيش', 'الشرطة', 'حكومة', 'الحكومة', 'البنك', 'بنك', 'جامعة', 'مركز', 'المركز', 'اتحاد', 'الاتحاد', 'حزب', 'حركة', 'الأمم المتحدة', 'رئاسة', 'مكتب', 'لجنة', 'اللجنة', 'شركة', 'الوزارة', 'المكتب', 'المنظمة', 'الهيئة', 'المجلس'],
  roleWords: ['المتحدث باسم', 'متحدث باسم', 'الناطق باسم', 'ناطق باسم', 'مسؤول في', 'مصدر في'],
  personTitles: ['الرئيس', 'رئيس', 'الوزير', 'وزير', 'السيد', 'الدكتور', 'الأمير', 'الملك', 'الشيخ', 'مصفف', 'الخبير', 'المحلل'],
  nameLinks: [],
  calendar: ['الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت', 'الأحد'],
  listJoiners: ['و'],
  excludedLabels: ['اقرأ أيضا', 'اقرأ أيضاً', 'اقرأ المزيد', 'تحرير', 'إعداد'],
  notCredits: ['أرشيفية', 'تعبيرية', 'ارشيفية'],
  particles: ['في', 'من', 'على', 'إلى', 'عن', 'أن', 'إن', 'الذي', 'التي', 'وهو', 'وهي', 'بأن', 'يوم', 'أمس', 'اليوم'],
  topicMarkers: [],
} satisfies CueFileInput;
