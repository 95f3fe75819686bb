package org.opsbench.topology.ui.internal.properties;

import org.eclipse.gef.commands.CommandStack;
import org.eclipse.ui.views.properties.IPropertySource;
import org.opsbench.topology.DiagramEditing;
import org.opsbench.topology.DiagramEditing.Step;
import org.opsbench.topology.ui.internal.commands.Edit;

/**
 * A diagram element in the Properties view. Its values have no defaults to reset to; each change is
 * one step on the editor's command stack, so it undoes like a gesture and a refusal shows in the status line.
 */
public abstract class ElementProperties implements IPropertySource {

    protected final DiagramEditing editing;
    private final CommandStack stack;

    public ElementProperties(CommandStack stack, DiagramEditing editing) {
        this.stack = stack;
        this.editing = editing;
    }

    /** Carries out a change the user made in the view, as one step named {@code step}. */
    protected final void change(Step step, Runnable edit) {
        stack.execute(new Edit(step.label(), edit));
    }

    @Override
    public Object getEditableValue() {
        return this;
    }

    @Override
    public boolean isPropertySet(Object id) {
        return false;
    }

    @Override
    public void resetPropertyValue(Object id) {
        // nothing has a default to go back to
    }
}
