package dev.embargo.bench.quality;

import java.util.List;

/**
 * Sentence templates of one language for {@link ProseCorpus}: {@code {P}} a person, {@code {O}} an
 * organisation, {@code {V}} a vessel, {@code {S}} an organisation named again by its first word; Russian and
 * Ukrainian templates carry the grammatical case their slot stands in.
 *
 * @param genitives   templates whose person stands in the genitive the language writes with -s, or none
 * @param suffix      how a noun for "group" joins a name ("-Gruppe", "-groep", " group"), or null
 * @param commonNouns capitalised words and phrases that name no one, for the person slot
 * @param cased       Russian and Ukrainian: pairs of a case (gen, dat, ins, pre) and a template
 */
record Templates(
        String code,
        String[] persons,
        String[] genitives,
        String[] vessels,
        String[] organisations,
        String suffix,
        String[] shortNames,
        String[] commonNouns,
        String[][] cased) {
    /** The genitive of a name in this language: -s, or an apostrophe after a sibilant. */
    String genitiveOf(String name) {
        char last = Character.toLowerCase(name.charAt(name.length() - 1));
        return last == 's' || last == 'x' || last == 'z' ? name + "'" : name + "s";
    }

    static final String[] NONE = {};

    static final Templates DE = new Templates(
            "de",
            new String[] {
                "Am Montag hat {P} neue Sanktionen scharf kritisiert.",
                "Nach Angaben der Ermittler traf sich {P} mehrmals mit Vertretern der Regierung.",
                "Die Behörden werfen {P} vor, Gelder über Briefkastenfirmen verschoben zu haben.",
                "Laut dem Bericht soll {P} an den Geschäften beteiligt gewesen sein.",
            },
            new String[] {"Ein Sprecher {P} wies die Vorwürfe zurück.", "Die Konten {P} wurden eingefroren."},
            new String[] {"Das Schiff {V} lag zuletzt vor der Küste.", "Der Tanker {V} hat das Öl umgeladen."},
            new String[] {
                "Hinter dem Angriff steht nach Angaben der Ermittler die {O}.",
                "Die Sanktionen richten sich gegen die {O}.",
            },
            "-Gruppe",
            new String[] {"Auch {S} bestreitet jede Beteiligung.", "Später hat sich {S} zu dem Angriff bekannt."},
            new String[] {"Die Bundesregierung", "Staatsanwaltschaft", "Außenministerium", "Zentralbank"},
            null);

    static final Templates NL = new Templates(
            "nl",
            new String[] {
                "Op maandag heeft {P} de nieuwe sancties scherp bekritiseerd.",
                "Volgens de onderzoekers ontmoette {P} meerdere keren vertegenwoordigers van de regering.",
                "De autoriteiten verwijten {P} dat er geld via brievenbusfirma's is weggesluisd.",
                "Volgens het rapport zou {P} betrokken zijn geweest bij de transacties.",
            },
            new String[] {"Het is niet bekend waar {P} geld vandaan komt.", "De tegoeden van {P} zijn bevroren."},
            new String[] {"Het schip {V} lag het laatst voor de kust.", "De tanker {V} heeft de olie overgeladen."},
            new String[] {
                "Achter de aanval zit volgens de onderzoekers de {O}.", "De sancties zijn gericht tegen de {O}.",
            },
            "-groep",
            new String[] {"Ook {S} ontkent elke betrokkenheid.", "Later heeft {S} de aanval opgeëist."},
            new String[] {"Openbaar Ministerie", "Tweede Kamer", "Centrale Bank", "Ministerie"},
            null);

    static final Templates EN = new Templates(
            "en",
            new String[] {
                "On Monday {P} sharply criticised the new sanctions.",
                "According to investigators, {P} met government representatives several times.",
                "The authorities accuse {P} of moving money through shell companies.",
                "The report says that {P} took part in the transactions.",
            },
            NONE,
            new String[] {"The vessel {V} was last seen off the coast.", "The tanker {V} transferred the oil."},
            new String[] {
                "Investigators say the {O} is behind the attack.", "The sanctions target the {O}.",
            },
            " group",
            new String[] {"Later {S} denied any involvement.", "Since then {S} has claimed the attack."},
            new String[] {"Treasury Department", "Central Bank", "Foreign Ministry", "Security Council"},
            null);

    static final Templates FR = new Templates(
            "fr",
            new String[] {
                "Lundi, {P} a vivement critiqué les nouvelles sanctions.",
                "Selon les enquêteurs, {P} a rencontré à plusieurs reprises des représentants du gouvernement.",
                "Les autorités accusent {P} d'avoir transféré des fonds par des sociétés écrans.",
                "Le rapport indique que {P} aurait participé aux transactions.",
            },
            NONE,
            new String[] {"Le navire {V} a été vu au large des côtes.", "Le pétrolier {V} a transbordé le pétrole."},
            new String[] {"Selon les enquêteurs, le {O} est derrière l'attaque.", "Les sanctions visent le {O}."},
            null,
            new String[] {"Depuis, {S} a revendiqué l'attaque.", "Plus tard, {S} a nié toute implication."},
            new String[] {"Banque Centrale", "Conseil de Sécurité", "Ministère", "Assemblée Nationale"},
            null);

    static final Templates PT = new Templates(
            "pt",
            new String[] {
                "Na segunda-feira, {P} criticou duramente as novas sanções.",
                "Segundo os investigadores, {P} reuniu-se várias vezes com representantes do governo.",
                "As autoridades acusam {P} de transferir dinheiro através de empresas de fachada.",
                "O relatório diz que {P} participou nas transações.",
            },
            NONE,
            new String[] {
                "O navio {V} foi visto pela última vez ao largo da costa.", "O petroleiro {V} transferiu o petróleo."
            },
            new String[] {"Segundo os investigadores, o {O} está por trás do ataque.", "As sanções visam o {O}."},
            null,
            new String[] {"Mais tarde, {S} negou qualquer envolvimento.", "Desde então, {S} reivindicou o ataque."},
            new String[] {"Banco Central", "Conselho de Segurança", "Ministério", "Assembleia da República"},
            null);

    static final Templates RU = new Templates(
            "ru",
            new String[] {
                "В понедельник {P} резко раскритиковал новые санкции.",
                "По данным следствия, {P} встречался с представителями правительства."
            },
            NONE,
            NONE,
            NONE,
            null,
            NONE,
            new String[] {"Министерство", "Центральный Банк", "Совет Безопасности"},
            new String[][] {
                {"gen", "Минфин США ввёл санкции против {P} в понедельник."},
                {"dat", "Следователи предъявили {P} обвинение в отмывании денег."},
                {"ins", "Встреча с {P} состоялась в Москве."},
                {"pre", "В докладе о {P} говорится о схемах обхода санкций."},
            });

    static final Templates UK = new Templates(
            "uk",
            new String[] {
                "У понеділок {P} різко розкритикував нові санкції.",
                "За даними слідства, {P} зустрічався з представниками уряду."
            },
            NONE,
            NONE,
            NONE,
            null,
            NONE,
            new String[] {"Міністерство", "Центральний Банк", "Рада Безпеки"},
            new String[][] {
                {"gen", "Мінфін США запровадив санкції проти {P} у понеділок."},
                {"dat", "Слідчі висунули {P} обвинувачення у відмиванні грошей."},
                {"ins", "Зустріч із {P} відбулася в Києві."},
                {"loc", "У доповіді про {P} йдеться про схеми обходу санкцій."},
            });

    static final List<Templates> ALL = List.of(DE, NL, EN, FR, PT);
}
