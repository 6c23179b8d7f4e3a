package org.chronoline.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.chronoline.model.Anchor;
import org.chronoline.model.Resolution;
import org.chronoline.model.ResolvedTime;
import org.chronoline.resolve.TextAnchors.Role;
import org.junit.jupiter.api.Test;

class TextAnchorsTest {

    private static final Resolution NONE = new Resolution(Anchor.NONE, null, "test");

    private static ResolvedTime day(String iso) {
        return Periods.day(LocalDate.parse(iso), NONE);
    }

    @Test
    void passesOverTheDatesThatPlayAPartItSkips() {
        TextAnchors anchors = new TextAnchors(false);
        ResolvedTime compared = day("1992-06-30");
        ResolvedTime said = day("1993-03-03");
        ResolvedTime story = day("1993-03-04");
        anchors.add(compared, EnumSet.of(Role.COMPARED));
        anchors.add(said, EnumSet.of(Role.SAYING));
        anchors.add(story, Set.of());

        assertThat(anchors.all()).containsExactly(compared, said, story);
        assertThat(anchors.without(EnumSet.of(Role.COMPARED, Role.STATE_START))).containsExactly(said, story);
        assertThat(anchors.without(EnumSet.of(Role.BACKGROUND, Role.SAYING))).containsExactly(compared, story);
        assertThat(anchors.without(EnumSet.noneOf(Role.class))).containsExactly(compared, said, story);
        assertThat(anchors.frames()).isNull();
    }

    @Test
    void aNarrativesFramesAreTheDatesItsStoryIsToldOn() {
        TextAnchors anchors = new TextAnchors(true);
        ResolvedTime since = day("1984-01-01");
        ResolvedTime told = day("1992-04-29");
        anchors.add(since, EnumSet.of(Role.STATE_START, Role.BACKGROUND));
        anchors.add(told, Set.of());

        assertThat(anchors.frames()).containsExactly(told);
        assertThat(anchors.all()).containsExactly(since, told);
    }

    @Test
    void addsTheDayNamedNextWithoutRecordingIt() {
        TextAnchors anchors = new TextAnchors(false);
        ResolvedTime first = day("2025-10-03");
        ResolvedTime next = day("2025-10-06");
        anchors.add(first, Set.of());

        assertThat(anchors.with(next)).containsExactly(first, next);
        assertThat(anchors.all()).containsExactly(first);
    }
}
