package dev.embargo.matching.text;

import com.ibm.icu.lang.UScript;
import java.util.Locale;

/**
 * Readings of foreign names transcribed into katakana (プーチン, ウラジーミル・プーチン) or into the Chinese characters
 * used for transcription (普京, 弗拉基米尔·普京), as Latin words to be compared by {@link TranscriptionKey}. Japanese
 * writes every foreign name in katakana, and a name all in katakana is such a name far more often than a Japanese
 * one; Chinese writes foreign names in a small standard set of characters chosen for their sound alone, and a
 * name made only of those is read as a transcription too, besides its ordinary readings: some of these
 * characters also spell Chinese names, and a short name holding one of those is read so only with a separator dot.
 */
public final class Transcriptions {
    /** How a reading made here is named ({@link Romanizer.Reading#how()}). */
    public static final String KATAKANA = "transcription (katakana)";

    public static final String CHINESE = "transcription (chinese)";

    /** How the consonant reading of a name in Khmer script is named ({@link #khmer}). */
    public static final String KHMER = "transcription (khmer)";

    /**
     * The characters of the Chinese transcription of foreign names, as the Xinhua tables of personal names
     * (英语姓名译名手册, 俄语姓名译名手册) use them for the syllables of other languages, written out by hand
     * from those conventions. Characters that are also among the commonest Chinese family and given names
     * (王, 李, 张, 陈, 林, 明, 华) are not in it, so that Chinese names are read this way only when every
     * character of theirs is also a transcription character.
     */
    static final String CHINESE_TRANSCRIPTION_CHARACTERS = "阿埃艾爱安昂奥敖巴拜班邦鲍贝本比彼毕宾波伯博布卜"
            + "查彻达代戴丹道德登迪蒂丁杜多厄恩尔法凡菲斐费芬佛夫弗伏福盖甘冈戈格根贡古瓜圭哈海汉豪赫亨胡怀"
            + "惠霍基吉加贾杰京居喀卡凯坎康科克肯库夸奎昆拉莱兰朗劳勒雷蕾里利莉丽廉琳隆卢鲁路伦罗洛吕马迈曼芒"
            + "梅门蒙米密敏莫默姆穆纳娜乃南内尼妮涅纽努诺欧帕潘庞佩彭皮珀普齐奇契恰乔切钦琴丘屈让热茹瑞若萨"
            + "塞赛桑瑟森沙莎舍申什施舒斯松苏索塔泰坦汤唐特滕提梯廷通图托瓦万旺威韦维温沃乌伍武西希锡夏肖谢"
            + "辛休雅亚扬耶伊依因尤约泽扎詹兹佐茨荷赖琼蓬儒鲍赞"
            + "富祖朱日翁东敦屯金孔衮孙欣洪丰文嫩宁农平"
            // The Uyghur and Arabic names of Chinese usage write Abdu- as 阿不都 and -din as 丁.
            + "不都";

    /**
     * Transcription characters that are also common in Chinese people's names (马, 金, 孔, 文): a name of two or
     * three characters holding one is read as a transcription only when a separator dot says it is foreign.
     */
    static final String ALSO_CHINESE_NAMES = "马金孔孙洪文朱东平宁丰欣安";

    private static final Romanizer.SharedTransliterator KATAKANA_LATIN =
            new Romanizer.SharedTransliterator("Katakana-Latin; Latin-ASCII");

    private Transcriptions() {}

    /**
     * The Latin reading of a name written all in katakana (the long-vowel mark and word separators aside), words
     * separated by spaces; null for any other name or one of a single kana.
     */
    public static String katakana(String text) {
        int kana = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetter(cp) && cp != 'ー' && cp != 'ｰ') {
                if (UScript.getScript(cp) != UScript.KATAKANA) {
                    return null;
                }
                kana++;
            } else if (!isSeparator(cp) && cp != 'ー' && cp != 'ｰ') {
                return null;
            }
        }
        if (kana < 2) {
            return null;
        }
        StringBuilder words = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            words.appendCodePoint(isSeparator(cp) ? ' ' : cp);
        }
        String latin = KATAKANA_LATIN.get().transliterate(words.toString());
        return clean(latin.replace("~", ""));
    }

    /**
     * The pinyin of a name written all in Chinese transcription characters, each part between separators (·) one
     * word of syllables written together; null for any other name or one of a single character.
     */
    public static String chinese(String text) {
        HanPinyin table = HanPinyin.instance();
        StringBuilder out = new StringBuilder(text.length() * 3);
        int characters = 0;
        int inWord = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (isSeparator(cp)) {
                // A foreign name's every part takes two syllables or more; characters set apart one by one are
                // a Chinese name spelled out (凯 南), not a transcription.
                if (inWord == 1) {
                    return null;
                }
                inWord = 0;
                out.append(' ');
                continue;
            }
            inWord++;
            if (CHINESE_TRANSCRIPTION_CHARACTERS.indexOf(cp) < 0) {
                return null;
            }
            String syllable = table.readingOrNull(cp);
            if (syllable == null) {
                return null;
            }
            out.append(syllable);
            characters++;
        }
        if (characters < 2
                || inWord == 1
                || (characters < 4
                        && out.indexOf(" ") < 0
                        && text.codePoints().anyMatch(c -> ALSO_CHINESE_NAMES.indexOf(c) >= 0))) {
            return null;
        }
        return clean(out.toString());
    }

    /**
     * The reading of a name in Khmer script that its words' {@link TranscriptionKey} is made from, or null when it
     * holds no Khmer letter. Latin spellings of Khmer names follow no one system — the vowels of ខៀវ សំផន are
     * written Khieu Samphan, Khiev Samphan, Khiĕv Sâmphân — but keep its consonants, as a transcription does; the
     * BGN/PCGN reading ({@link KhmerRomanizer}) meets the spellings that follow it, this one the others. Null too
     * for a name with a word of one consonant class or none ({@link #hasShortKey}): it is compared through its
     * other readings only.
     */
    public static String khmer(String text) {
        if (!KhmerRomanizer.hasKhmer(text)) {
            return null;
        }
        String latin = clean(KhmerRomanizer.romanizeForKey(text));
        if (latin == null || hasShortKey(latin)) {
            return null;
        }
        return latin;
    }

    /**
     * Whether a word of {@code latin} has a key of one consonant class or none (Chea, Ly, Yun, Nin): Khmer names
     * are mostly of one syllable, and two such words of one consonant are as often two names as one.
     */
    private static boolean hasShortKey(String latin) {
        for (String w : latin.split(" ")) {
            if (TranscriptionKey.ofTranscription(w, false).length() < 2) {
                return true;
            }
        }
        return false;
    }

    /** Lower case, ASCII letters and single spaces only. */
    private static String clean(String latin) {
        String folded = LatinFolder.fold(latin.toLowerCase(Locale.ROOT));
        StringBuilder out = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (c >= 'a' && c <= 'z') {
                out.append(c);
            } else if (!out.isEmpty() && out.charAt(out.length() - 1) != ' ') {
                out.append(' ');
            }
        }
        String s = out.toString().strip();
        return s.isEmpty() ? null : s;
    }

    /** What separates the words of a transcribed name: spaces, the middle dots (·・‧•) and the double hyphen ゠. */
    private static boolean isSeparator(int cp) {
        return Character.isWhitespace(cp)
                || Character.isSpaceChar(cp)
                || cp == '·'
                || cp == '・'
                || cp == '･'
                || cp == '‧'
                || cp == '•'
                || cp == '゠'
                || cp == '='
                || cp == '＝'
                || cp == '-';
    }

    /** Whether {@code how} names a reading made here. */
    public static boolean isTranscription(String how) {
        return how.equals(KATAKANA) || how.equals(CHINESE) || how.equals(KHMER);
    }
}
