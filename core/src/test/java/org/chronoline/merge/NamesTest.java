package org.chronoline.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.chronoline.event.Lexicon;
import org.chronoline.internal.RuleFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class NamesTest {

    private static final Names NAMES = Names.ENGLISH;

    static boolean same(String a, String b) {
        for (String x : NAMES.keys(a)) {
            for (String y : NAMES.keys(b)) {
                if (Names.match(x, y)) {
                    return true;
                }
            }
        }
        return false;
    }

    static Stream<Arguments> pairs() {
        return Stream.of(
                Arguments.of("Juan Espinoza-Martinez", "Juan Espinoza Martinez", true),
                Arguments.of("Espinoza-Martinez", "Juan Espinoza Martinez", true),
                Arguments.of("Martinez", "Juan Espinoza-Martinez", true),
                Arguments.of("Bovino", "Gregory Bovinio", true),
                Arguments.of("Border Patrol Commander Gregory Bovino", "Gregory Bovinio", true),
                Arguments.of("Chief Border Patrol Agent Gregory Bovino", "Bovino", true),
                Arguments.of("Homeland Security", "DHS", true),
                Arguments.of("Department of Homeland Security", "DHS", true),
                Arguments.of("Immigration and Customs Enforcement", "ICE", true),
                Arguments.of("Latin Kings", "Latin King", true),
                Arguments.of("José Núñez", "Jose Nunez", true),
                Arguments.of("Pritzker", "DHS", false),
                Arguments.of("Perry", "Berry", false),
                Arguments.of("Gregory Bovino", "Gregory Smith", false),
                Arguments.of("Kristi Noem", "Tricia McLaughlin", false),
                Arguments.of("MS-13", "Latin Kings", false));
    }

    @ParameterizedTest(name = "{0} / {1}: {2}")
    @MethodSource("pairs")
    void namesMeetWhenTheyShould(String a, String b, boolean expected) {
        assertThat(same(a, b)).isEqualTo(expected);
        assertThat(same(b, a)).isEqualTo(expected);
    }

    @Test
    void titlesSplitNames() {
        assertThat(NAMES.keys("U.S. Border Patrol Commander Gregory Bovino")).containsExactly("border patrol",
                "gregory bovino");
        assertThat(NAMES.keys("Homeland Security Secretary Kristi Noem")).containsExactly("dhs", "kristi noem");
        assertThat(NAMES.keys("Secretary")).isEmpty();
    }

    @Test
    void oneEdit() {
        assertThat(Names.withinOneEdit("bovino", "bovinio")).isTrue();
        assertThat(Names.withinOneEdit("bovino", "bovina")).isTrue();
        assertThat(Names.withinOneEdit("bovino", "bonivo")).isFalse();
        assertThat(Names.withinOneEdit("", "a")).isTrue();
    }

    @Test
    void affiliations() {
        assertThat(NAMES.affiliation("Juan Espinoza-Martinez, a Latin Kings gang member charged with soliciting")
                .key()).isEqualTo("latin king");
        assertThat(NAMES.affiliation("The sentence mentions no group at all.")).isNull();
    }

    /** The examples of rules/en/merge-names.rules. */
    static Stream<Arguments> nameRuleExamples() {
        List<Arguments> out = new ArrayList<>();
        for (RuleFile.Block b : NAMES.rules().blocks()) {
            List<String> examples = b.all("example");
            assertThat(examples).as(b.name()).isNotEmpty();
            assertThat(b.all("expect")).hasSameSizeAs(examples);
            for (int i = 0; i < examples.size(); i++) {
                out.add(Arguments.of(b.name(), examples.get(i), b.all("expect").get(i)));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @MethodSource("nameRuleExamples")
    void nameRuleExample(String rule, String example, String expect) {
        if (rule.startsWith("alias-")) {
            String[] two = example.split("\\|");
            assertThat(same(two[0].strip(), two[1].strip()) ? "same" : "different").isEqualTo(expect);
        } else {
            assertThat(NAMES.affiliation(example).key()).isEqualTo(expect);
        }
    }

    @Test
    void titlesWordListExample() {
        RuleFile.Block titles = Lexicon.english().ruleFiles().get(1).blocks().stream()
                .filter(b -> b.name().equals("titles")).findFirst().orElseThrow();
        assertThat(String.join(" | ", NAMES.keys(titles.require("example")))).isEqualTo(titles.require("expect"));
    }
}
