package org.opsbench.topology.ui.internal.commands;

import java.util.function.Supplier;

import org.eclipse.gef.commands.Command;

/**
 * A GEF command that carries out one change through {@link org.opsbench.topology.DiagramEditing}. The
 * change itself goes on the EMF command stack, which undoes and redoes it ({@link EditingStack}).
 * A command may ask DiagramEditing first whether the change would be refused: GEF then shows the
 * refusal (the no-entry cursor) while the mouse is still down, and the reason is at hand.
 */
public final class Edit extends Command {

    private final Runnable change;
    private final Supplier<String> refusal;

    /** @param label the step's name for the Edit menu ({@link org.opsbench.topology.DiagramEditing.Step}) */
    public Edit(String label, Runnable change) {
        this(label, () -> null, change);
    }

    /** @param refusal why the change would be refused, or null when it would be carried out */
    public Edit(String label, Supplier<String> refusal, Runnable change) {
        super(label);
        this.change = change;
        this.refusal = refusal;
    }

    /**
     * A command asked for during a gesture (a link being drawn, a figure being resized): when
     * DiagramEditing would refuse it, the reason is told at once (the status line), and GEF shows the
     * refusal cursor; nothing is carried out on release.
     */
    public static Edit checked(org.eclipse.gef.commands.CommandStack stack, String label, Supplier<String> refusal, Runnable change) {
        Edit edit = new Edit(label, refusal, change);
        if (stack instanceof EditingStack editing) {
            editing.tell(edit.refusal()); // null clears what an earlier position of the gesture said
        }
        return edit;
    }

    /** @return why the change would be refused now, or null */
    public String refusal() {
        return refusal.get();
    }

    @Override
    public boolean canExecute() {
        return refusal() == null;
    }

    @Override
    public void execute() {
        change.run();
    }
}
