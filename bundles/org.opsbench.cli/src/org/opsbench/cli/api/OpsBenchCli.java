package org.opsbench.cli.api;

import java.io.PrintWriter;

import org.opsbench.cli.internal.OpsBenchCommand;

/** Runs an opsbench-cli command line in this process, e.g. from another plug-in or a test. */
public final class OpsBenchCli {

    /** Exit code for a command line that could not be understood. */
    public static final int USAGE = 2;

    private OpsBenchCli() {
    }

    /** @return the exit code: 0 done, {@link ContributedCommand#FAILED} failed, {@link #USAGE} wrong usage */
    public static int run(String[] arguments, PrintWriter out, PrintWriter err) {
        return OpsBenchCommand.execute(arguments, out, err);
    }
}
