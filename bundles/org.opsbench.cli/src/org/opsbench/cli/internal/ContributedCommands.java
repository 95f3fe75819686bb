package org.opsbench.cli.internal;

import java.io.PrintWriter;

import org.opsbench.cli.api.ContributedCommand;
import org.opsbench.core.contributions.ContributionReader;

import picocli.CommandLine;

/** Adds the sub-commands installed plug-ins contribute through {@code org.opsbench.cli.commands}. */
final class ContributedCommands {

    static final String EXTENSION_POINT = "org.opsbench.cli.commands";

    /** Each command name once; a class that cannot be created or is no ContributedCommand is logged and left out. */
    private static final ContributionReader<Class<? extends ContributedCommand>> READER = ContributionReader.keyedBy(EXTENSION_POINT, "name",
            element -> {
                Object command = element.createExecutableExtension("class");
                if (!(command instanceof ContributedCommand contributed)) {
                    throw new ContributionReader.Refused(element.getAttribute("class") + " is not a " + ContributedCommand.class.getName());
                }
                return contributed.getClass();
            });

    private ContributedCommands() {
    }

    /** A contribution that cannot be used is named on {@code err} and left out; the others still work. */
    static void addTo(CommandLine commandLine, ContributedCommand.DatabaseOpener opener, PrintWriter out, PrintWriter err) {
        for (ContributionReader.Contribution<Class<? extends ContributedCommand>> contribution : READER.installed()) {
            String name = contribution.key();
            if (commandLine.getSubcommands().containsKey(name)) {
                err.println("Plug-in " + contribution.contributor() + ": the command name \"" + name
                        + "\" is taken by OpsBench; the command is left out.");
                continue;
            }
            try {
                // A fresh command for each command line: picocli keeps the options it parsed in it.
                ContributedCommand command = (ContributedCommand) contribution.element().createExecutableExtension("class");
                command.connect(opener, out, err);
                commandLine.addSubcommand(name, command);
            } catch (org.eclipse.core.runtime.CoreException | RuntimeException e) {
                err.println("Plug-in " + contribution.contributor() + ": the command \"" + name + "\" cannot be created (" + e.getMessage()
                        + "); it is left out.");
            }
        }
    }
}
