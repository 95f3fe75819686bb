package org.opsbench.ui.internal;

import java.util.Collection;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.common.command.AbstractCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.osgi.util.NLS;
import org.opsbench.model.validation.ModelRules;

/**
 * What one spell of typing in a field did, as one step to undo ("Undo Typing in Name"): each
 * keystroke after the first changes this command's new value instead of adding a command, until
 * the field loses the focus or another change is made.
 */
final class TypedValue extends AbstractCommand {

    private final EObject object;
    private final EStructuralFeature feature;
    private final Object before;
    private Object after;
    private boolean open = true;

    TypedValue(EObject object, EStructuralFeature feature, Object value) {
        super(NLS.bind(Messages.editTyping, ModelRules.label(feature)));
        this.object = object;
        this.feature = feature;
        this.before = object.eGet(feature);
        this.after = value;
    }

    /** @return whether more typing in this field joins this step */
    boolean takes(EObject typedIn, EStructuralFeature typedFeature) {
        return open && typedIn == object && typedFeature == feature;
    }

    /** The next keystroke: the same step, a new value. */
    void retype(Object value) {
        after = value;
        object.eSet(feature, value);
    }

    /** The spell of typing is over: the next keystroke starts a new step. */
    void close() {
        open = false;
    }

    @Override
    protected boolean prepare() {
        return !Objects.equals(before, after);
    }

    @Override
    public void execute() {
        object.eSet(feature, after);
    }

    @Override
    public void undo() {
        open = false;
        object.eSet(feature, before);
    }

    @Override
    public void redo() {
        object.eSet(feature, after);
    }

    @Override
    public Collection<?> getAffectedObjects() {
        return List.of(object);
    }
}
