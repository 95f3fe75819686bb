package org.opsbench.cli.internal;

import java.io.PrintWriter;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;
import org.opsbench.cli.api.ContributedCommand;

import picocli.CommandLine;

/** Adds the sub-commands installed plug-ins contribute through {@code org.opsbench.cli.commands}. */
final class ContributedCommands {

    static final String EXTENSION_POINT = "org.opsbench.cli.commands";

    private ContributedCommands() {
    }

    /** A contribution that cannot be used is named on {@code err} and left out; the others still work. */
    static void addTo(CommandLine commandLine, ContributedCommand.DatabaseOpener opener, PrintWriter out, PrintWriter err) {
        IExtensionRegistry registry = RegistryFactory.getRegistry();
        if (registry == null) {
            return;
        }
        for (IConfigurationElement element : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
            String name = element.getAttribute("name");
            String contributor = element.getContributor().getName();
            if (name == null || name.isBlank() || commandLine.getSubcommands().containsKey(name)) {
                err.println("Plug-in " + contributor + ": the command name \"" + name + "\" is missing or taken; the command is left out.");
                continue;
            }
            try {
                Object command = element.createExecutableExtension("class");
                if (!(command instanceof ContributedCommand contributed)) {
                    err.println("Plug-in " + contributor + ": " + element.getAttribute("class") + " is not a "
                            + ContributedCommand.class.getName() + "; the command \"" + name + "\" is left out.");
                    continue;
                }
                contributed.connect(opener, out, err);
                commandLine.addSubcommand(name, contributed);
            } catch (CoreException | CommandLine.InitializationException e) {
                err.println("Plug-in " + contributor + ": the command \"" + name + "\" cannot be created (" + e.getMessage()
                        + "); it is left out.");
            }
        }
    }
}
