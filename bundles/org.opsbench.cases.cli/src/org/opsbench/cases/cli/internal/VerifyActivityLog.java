package org.opsbench.cases.cli.internal;

import java.io.IOException;

import org.opsbench.cases.ActivityLog;
import org.opsbench.cases.ActivityLog.Break;
import org.opsbench.cases.ActivityLog.Verification;
import org.opsbench.cli.api.ContributedCommand;
import org.opsbench.persistence.Database;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** opsbench-cli verify-activity-log: checks the hash chain of every case log and names each first broken record. */
@Command(name = "verify-activity-log", mixinStandardHelpOptions = true,
        description = { "Checks that no case's activity log was changed, removed or reordered after it was written.",
                "Exit code 0: every chain is intact; 1: at least one case's log is broken (each is named)." })
public final class VerifyActivityLog extends ContributedCommand {

    @Option(names = "--case", paramLabel = "NUMBER", description = "Check only this case, e.g. C-20261122-0001.")
    String caseNumber;

    @Override
    public Integer call() throws IOException {
        Verification verification;
        try (Database database = openDatabase()) {
            verification = ActivityLog.verifyAll(database, caseNumber);
        }
        if (caseNumber != null && verification.cases() == 0) {
            err().println("No case is numbered " + caseNumber + ".");
            return FAILED;
        }
        for (Break broken : verification.breaks()) {
            err().println(broken.message());
        }
        if (verification.breaks().isEmpty()) {
            out().println(verification.cases() + " case(s), " + verification.records() + " record(s) checked: every chain is intact.");
            return 0;
        }
        out().println(verification.cases() + " case(s), " + verification.records() + " record(s) checked: " + verification.breaks().size()
                + " broken.");
        return FAILED;
    }
}
