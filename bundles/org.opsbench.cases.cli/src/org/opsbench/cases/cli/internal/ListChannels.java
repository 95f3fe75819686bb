package org.opsbench.cases.cli.internal;

import org.opsbench.cases.CaseChannels;
import org.opsbench.cases.CaseTypes;
import org.opsbench.cli.api.ContributedCommand;
import org.opsbench.notifications.NotificationChannels;

import picocli.CommandLine.Command;

/**
 * opsbench-cli list-channels: what the installed plug-ins contribute to case intake and notification,
 * with the plug-in of each, so that an administrator sees what a third-party feature added.
 */
@Command(name = "list-channels", mixinStandardHelpOptions = true,
        description = { "Lists the installed case channels, case types and notification channels, each with the plug-in that contributes it." })
public final class ListChannels extends ContributedCommand {

    @Override
    public Integer call() {
        out().println("Case channels:");
        for (CaseChannels.Channel channel : CaseChannels.all()) {
            line(channel.id(), channel.name(), channel.contributor());
        }
        out().println("Case types:");
        for (CaseTypes.CaseType type : CaseTypes.all()) {
            String workflow = type.kind().getLiteral() + (type.defectClass() == null ? "" : ", " + type.defectClass().getLiteral());
            line(type.id(), type.name() + " (" + workflow + ")", type.contributor());
        }
        out().println("Notification channels:");
        for (NotificationChannels.Entry channel : NotificationChannels.all()) {
            line(channel.id(), channel.name(), channel.contributor());
        }
        return 0;
    }

    private void line(String id, String name, String contributor) {
        out().println(String.format("  %-36s %-46s %s", id, name, contributor));
    }
}
