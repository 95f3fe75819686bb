package org.opsbench.cases.cli.internal;

import java.io.IOException;
import java.time.Instant;
import java.util.List;

import org.opsbench.cases.CallerLookup;
import org.opsbench.cases.CaseDesk;
import org.opsbench.cases.CaseException;
import org.opsbench.cases.model.CaseKind;
import org.opsbench.cases.model.DefectClass;
import org.opsbench.cli.api.ContributedCommand;
import org.opsbench.persistence.Database;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * opsbench-cli open-case: opens a defect case without a workbench, e.g. from a monitoring system's
 * alarm. The caller is found as at the hotline (contract number, serial number, phone, customer name);
 * the case runs the same workflow, numbering, entitlement check and SLA clocks as one opened at the desk.
 */
@Command(name = "open-case", mixinStandardHelpOptions = true, description = {
        "Opens a defect case as the hotline would, without a workbench (e.g. from a monitoring alarm); prints its number.",
        "The caller is found by contract number, serial number, phone or customer name; the first match is taken." })
public final class OpenCase extends ContributedCommand {

    @Option(names = "--caller", paramLabel = "TEXT", required = true,
            description = "Contract number, equipment serial number, phone or customer name, as typed at the hotline.")
    String caller;

    @Option(names = "--severity", paramLabel = "CODE", required = true, description = "Severity level, e.g. P1.")
    String severity;

    @Option(names = "--title", paramLabel = "TEXT", required = true, description = "What is wrong, in one line.")
    String title;

    @Option(names = "--description", paramLabel = "TEXT", description = "More detail for the engineer.")
    String description;

    @Option(names = "--channel", paramLabel = "ID", description = "How the case came in (default: ${DEFAULT-VALUE}).")
    String channel = "monitoring-alarm";

    @Override
    public Integer call() throws IOException {
        try (Database database = openDatabase()) {
            List<CallerLookup.Match> matches = new CallerLookup(database).find(caller);
            if (matches.isEmpty()) {
                err().println("No customer, contract, serial number or phone matches \"" + caller + "\".");
                return FAILED;
            }
            CaseDesk.Opened opened;
            try {
                opened = new CaseDesk(database, "opsbench-cli").open(new CaseDesk.Intake(channel, matches.get(0), title, description, null,
                        severity, CaseKind.DEFECT, DefectClass.TECHNICAL, null), Instant.now());
            } catch (CaseException e) {
                err().println(e.getMessage());
                return FAILED;
            }
            out().println("Opened " + opened.number() + " (" + severity + ") for " + matches.get(0).label() + ".");
            opened.warnings().forEach(warning -> out().println("  " + warning));
        }
        return 0;
    }
}
