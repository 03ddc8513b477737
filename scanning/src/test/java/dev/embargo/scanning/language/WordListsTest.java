package dev.embargo.scanning.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.embargo.lists.ResourceLines;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class WordListsTest {
    private static Path folder(String name) throws URISyntaxException {
        return Path.of(WordLists.class.getResource(WordLists.ROOT + name).toURI());
    }

    private static Set<String> files(String language) throws IOException, URISyntaxException {
        try (Stream<Path> s = Files.list(folder(language))) {
            return new TreeSet<>(s.map(p -> p.getFileName().toString()).toList());
        }
    }

    private static List<ResourceLines.Line> lines(String text) {
        return ResourceLines.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "test/words.txt");
    }

    /** A new language is a folder with every list: a missing file would leave a word class silently empty. */
    @Test
    void everyLanguageHasAFolderWithTheSameListsAndNoOtherFolderExists() throws Exception {
        Set<String> nl = files("nl");
        assertThat(nl).contains("function-words.txt", "common-words.txt", "attribution-verbs.txt", "months.txt");
        for (Language l : Language.values()) {
            assertThat(files(l.code())).as(l.code()).isEqualTo(nl);
        }
        Set<String> expected = new TreeSet<>(Set.of("nl", "en", "de", "fr", WordLists.ANY));
        expected.addAll(WordLists.MENTION_FOLDERS.keySet());
        try (Stream<Path> s = Files.list(folder(""))) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    /** The folders of languages whose names, not prose, are read hold exactly the lists the finder reads. */
    @Test
    void mentionFoldersHoldTheirListsAndEachLoads() throws Exception {
        WordLists.MENTION_FOLDERS.forEach((folder, lists) -> {
            try {
                assertThat(files(folder))
                        .as(folder)
                        .isEqualTo(new TreeSet<>(
                                lists.stream().map(l -> l + ".txt").toList()));
            } catch (IOException | URISyntaxException e) {
                throw new AssertionError(e);
            }
            for (String list : lists) {
                assertThat(WordLists.entriesOf(folder, list))
                        .as(folder + " " + list)
                        .isNotEmpty();
            }
        });
        assertThat(WordLists.wordsOf("ko", "particles")).contains("은", "는", "이", "가", "을", "를", "의", "에게");
        assertThat(WordLists.wordsOf("ja", "particles")).contains("は", "が", "を", "の", "に");
    }

    /** Each file says where its words come from and what reads them before its first entry. */
    @Test
    void everyFileOpensWithCommentsSayingWhatItIsFor() throws Exception {
        List<String> folders = new java.util.ArrayList<>(List.of("nl", "en", "de", "fr", WordLists.ANY));
        folders.addAll(WordLists.MENTION_FOLDERS.keySet());
        for (String f : folders) {
            try (Stream<Path> s = Files.list(folder(f))) {
                for (Path p : s.toList()) {
                    List<String> text = Files.readAllLines(p, StandardCharsets.UTF_8);
                    assertThat(text.get(0)).as(p.toString()).startsWith("# ");
                    assertThat(String.join("\n", text))
                            .as(p.toString())
                            .containsPattern("Read by the \\w[\\w ]+ \\(\\w+\\)");
                }
            }
        }
    }

    @Test
    void everyListOfEveryLanguageLoadsAndHoldsItsLanguagesWords() throws Exception {
        for (Language l : Language.values()) {
            for (String file : files(l.code())) {
                String list = file.substring(0, file.length() - ".txt".length());
                if (list.startsWith("attribution-")) {
                    WordLists.patterns(l, list);
                } else if (list.equals("name-suffixes") || list.equals("name-endings")) {
                    // two or three fields a line, read by NameSuffixes and CaseEndings, which check them
                    assertThat(WordLists.entries(l, list)).isNotNull();
                } else if (list.equals("example-openers") || list.equals("number-words")) {
                    assertThat(WordLists.entries(l, list)).isNotEmpty();
                } else {
                    assertThat(WordLists.words(l, list)).as(l + " " + list).isNotNull();
                }
            }
        }
        assertThat(WordLists.words(Language.NL, "function-words"))
                .contains("het", "maandag")
                .doesNotContain("the");
        assertThat(WordLists.words(Language.DE, "common-words")).contains("und", "nicht");
        assertThat(WordLists.wordsOfAll("pronouns")).contains("hij", "he", "er", "il");
        assertThat(WordLists.wordsOfAny("name-connectors")).contains("van", "bin", "von");
        assertThat(WordLists.phrasesOfAll("example-openers"))
                .startsWith(List.of("zoals"))
                .contains(List.of("such", "as"));
        assertThat(WordLists.patterns(Language.EN, "attribution-cues")).containsExactly("according to");
        assertThat(WordLists.patterns(Language.DE, "attribution-verbs-after-source"))
                .isEmpty();
    }

    @Test
    void aMalformedEntryFailsNamingTheResourceAndLine() {
        assertThat(WordLists.words(lines("# c\n\n  het  \nde\n"))).containsExactlyInAnyOrder("het", "de");
        assertThatThrownBy(() -> WordLists.words(lines("# c\nhet\nHet\n")))
                .hasMessage("test/words.txt:3: \"Het\": expected one lower-case word");
        assertThatThrownBy(() -> WordLists.words(lines("het\nonder meer\n")))
                .hasMessage("test/words.txt:2: \"onder meer\": expected one lower-case word");
        assertThatThrownBy(() -> WordLists.words(lines("het\nde\nhet\n")))
                .hasMessage("test/words.txt:3: \"het\": expected each entry once; it stands on an earlier line too");
    }
}
