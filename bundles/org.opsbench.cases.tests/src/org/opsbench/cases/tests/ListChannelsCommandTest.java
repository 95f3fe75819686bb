package org.opsbench.cases.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opsbench.cli.api.OpsBenchCli;

/** opsbench-cli list-channels names every installed channel and case type with the plug-in contributing it. */
@ExtendWith(EnglishLocale.class)
class ListChannelsCommandTest {

    @Test
    void theCommandLineListsWhatEachPlugInContributes() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertEquals(0, OpsBenchCli.run(new String[] { "list-channels" }, new PrintWriter(out, true), new PrintWriter(err, true)),
                err.toString());
        List<String> lines = out.toString().lines().map(String::strip).toList();
        int types = lines.indexOf("Case types:");
        int notifications = lines.indexOf("Notification channels:");
        assertEquals("Case channels:", lines.get(0), out.toString());
        assertTrue(0 < types && types < notifications, out.toString());

        List<String> channels = lines.subList(1, types);
        assertTrue(channels.contains(row("hotline", "Hotline", "org.opsbench.cases")), out.toString());
        assertTrue(channels.contains(row("org.opsbench.cases.tests.chat", "Chat", "org.opsbench.cases.tests")),
                "a plug-in's channel, named with its plug-in: " + out);
        assertTrue(channels.stream().noneMatch(line -> line.contains("Fax again")), "the taken id is not listed twice");

        List<String> caseTypes = lines.subList(types + 1, notifications);
        assertTrue(caseTypes.contains(row("org.opsbench.cases.tests.security-incident", "Security incident (defect, technical)",
                "org.opsbench.cases.tests")), out.toString());
        assertTrue(caseTypes.contains(row("consultation", "Consultation (consultation)", "org.opsbench.cases")), out.toString());

        List<String> notices = lines.subList(notifications + 1, lines.size());
        for (String id : new String[] { "email", "sms", "workbench" }) {
            assertTrue(notices.stream().anyMatch(line -> line.startsWith(id + " ") && line.endsWith(" org.opsbench.notifications")),
                    id + ": " + out);
        }
    }

    private static String row(String id, String name, String contributor) {
        return String.format("%-36s %-46s %s", id, name, contributor).strip();
    }
}
