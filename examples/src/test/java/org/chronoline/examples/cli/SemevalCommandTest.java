package org.chronoline.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.chronoline.model.Span;
import org.junit.jupiter.api.Test;

class SemevalCommandTest {

    private static Path mini() throws URISyntaxException {
        return Path.of(SemevalCommandTest.class.getResource("/semeval-mini/README.md").toURI()).getParent();
    }

    @Test
    void readsTokenisedSentencesAsRunningTextWithTokenOffsets() {
        SemevalCommand.Doc d = SemevalCommand.readTimeml("<TimeML><DOCID>7</DOCID><DCT><TIMEX3 value=\"2010-06-08\">"
                + "</TIMEX3></DCT><EXTRAINFO>Title here</EXTRAINFO><TEXT><s id=\"1\">June 8 , 2010</s>"
                + "<s id=\"2\">Jobs <EVENT eid=\"e1\">said</EVENT> , \" Apple 's phone ( new ) is here . \"</s></TEXT></TimeML>");
        assertThat(d.id()).isEqualTo("7");
        assertThat(d.text()).isEqualTo("Title here\nJune 8, 2010\nJobs said, \"Apple's phone (new) is here.\"\n");
        SemevalCommand.Token said = d.sentences().get(2).get(1);
        assertThat(said.word()).isEqualTo("said");
        assertThat(said.span()).isEqualTo(Span.of(d.text().indexOf("said"), d.text().indexOf("said") + 4));
    }

    @Test
    void reportsDatingAndMerging() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(new String[] {"semeval", mini().toString()}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        String report = out.toString(StandardCharsets.UTF_8);
        assertThat(code).isEqualTo(ExitCode.OK);
        assertThat(report).contains("2 articles, 2 gold timeline lines")
                .contains("gold events with a full date: 1\n")
                .contains("dated to the same day, trigger level:  1 (100.0%)")
                .contains("gold cross-article merges (mentions from 2+ documents): 1\n")
                .contains("reproduced, trigger level:  1 (100.0%)")
                .contains("gold mentions not found in the tokenised text: 1");
    }

    @Test
    void aDirectoryWithoutTheCorpusLayoutIsAUsageError() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(new String[] {"semeval", "/nonexistent"}, new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).isEqualTo(ExitCode.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("must hold timeml/ and gold-timelines/");
    }
}
