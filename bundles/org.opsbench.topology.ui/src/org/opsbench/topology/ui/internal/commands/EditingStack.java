package org.opsbench.topology.ui.internal.commands;

import java.util.function.Consumer;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.gef.commands.Command;
import org.eclipse.gef.commands.CommandStack;
import org.opsbench.topology.DiagramEditing;
import org.opsbench.topology.TopologyException;

/**
 * GEF's command stack in front of the diagram's EMF one: a gesture's GEF command (several for a moved
 * selection) runs as one step of {@link DiagramEditing}, and undo, redo and the dirty state are the
 * EMF stack's. So the editor and the model commands share one history, and what a test does through
 * {@link DiagramEditing} is what a gesture does. A refused change (a port already linked, ...) leaves
 * nothing and is reported to {@code refusals}.
 */
public final class EditingStack extends CommandStack {

    private final BasicCommandStack model = new BasicCommandStack();
    private DiagramEditing editing;
    private final Consumer<String> refusals;

    public EditingStack(Consumer<String> refusals) {
        this.refusals = refusals;
        model.addCommandStackListener(event -> notifyListeners());
    }

    /** Says why a change would be refused, while the gesture that would make it is still under way. */
    public void tell(String refusal) {
        refusals.accept(refusal);
    }

    public BasicCommandStack model() {
        return model;
    }

    public void setEditing(DiagramEditing editing) {
        this.editing = editing;
    }

    @Override
    public void execute(Command command) {
        if (command == null || !command.canExecute() || editing == null) {
            return;
        }
        notifyListeners(command, PRE_EXECUTE);
        try {
            editing.inOneStep(command.getLabel(), command::execute); // named by its DiagramEditing.Step

            refusals.accept(null);
        } catch (TopologyException refused) {
            refusals.accept(refused.getMessage());
        } finally {
            notifyListeners(command, POST_EXECUTE);
        }
    }

    @Override
    public boolean canUndo() {
        return model.canUndo();
    }

    @Override
    public boolean canRedo() {
        return model.canRedo();
    }

    @Override
    public void undo() {
        model.undo();
    }

    @Override
    public void redo() {
        model.redo();
    }

    /** For the Undo action's label only. */
    @Override
    public Command getUndoCommand() {
        return model.getUndoCommand() == null ? null : new Command(model.getUndoCommand().getLabel()) {
        };
    }

    @Override
    public Command getRedoCommand() {
        return model.getRedoCommand() == null ? null : new Command(model.getRedoCommand().getLabel()) {
        };
    }

    @Override
    public boolean isDirty() {
        return model.isSaveNeeded();
    }

    @Override
    public void markSaveLocation() {
        model.saveIsDone();
        notifyListeners();
    }

    /** The model stack tells the listeners itself. */
    @Override
    public void flush() {
        model.flush();
    }
}
