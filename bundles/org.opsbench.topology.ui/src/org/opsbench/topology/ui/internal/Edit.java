package org.opsbench.topology.ui.internal;

import org.eclipse.gef.commands.Command;

/**
 * A GEF command that carries out one change through {@link org.opsbench.topology.DiagramEditing}. The
 * change itself goes on the EMF command stack, which undoes and redoes it ({@link EditingStack}).
 */
final class Edit extends Command {

    private final Runnable change;

    Edit(String label, Runnable change) {
        super(label);
        this.change = change;
    }

    @Override
    public void execute() {
        change.run();
    }
}
