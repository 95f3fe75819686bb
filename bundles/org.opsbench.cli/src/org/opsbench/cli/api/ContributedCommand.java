package org.opsbench.cli.api;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.opsbench.persistence.Database;

/**
 * A command another plug-in adds to {@code opsbench-cli} through the
 * {@code org.opsbench.cli.commands} extension point. Subclasses carry picocli's {@code @Command}
 * (and {@code @Option}/{@code @Parameters}) annotations and return an exit code from
 * {@link #call()}: 0 done, {@link #FAILED} when the command ran and failed. The database is the
 * one the global options ({@code --workspace}, {@code --db-url}, ...) name, opened with every
 * installed model package.
 */
public abstract class ContributedCommand implements Callable<Integer> {

    /** Exit code for a command that ran and failed. */
    public static final int FAILED = 1;

    /** Opens the database the command line names. */
    @FunctionalInterface
    public interface DatabaseOpener {
        Database open() throws IOException;
    }

    private DatabaseOpener opener;
    private PrintWriter out;
    private PrintWriter err;

    /** Called by the command line before the command runs; not for subclasses. */
    public final void connect(DatabaseOpener databaseOpener, PrintWriter output, PrintWriter errors) {
        this.opener = databaseOpener;
        this.out = output;
        this.err = errors;
    }

    /** @return the database the command line names; the caller closes it */
    protected final Database openDatabase() throws IOException {
        return opener.open();
    }

    protected final PrintWriter out() {
        return out;
    }

    protected final PrintWriter err() {
        return err;
    }
}
