package org.opsbench.ui.internal;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.ui.IMemento;
import org.opsbench.ui.workbench.StoredObjectFactory;
import org.opsbench.ui.workbench.StoredObjectInput;

/**
 * One aggregate (a customer with its sites, equipment, contacts and contracts; an engineer with
 * certifications) in the model editor, with the object inside it to show first. One editor per
 * aggregate: opening a site of an open customer brings that customer's editor to the front.
 *
 * @param rootClass  the aggregate root's class
 * @param rootId     its database id, or 0 for a new aggregate that is not saved yet
 * @param officeId   for a new aggregate: the office it belongs to
 * @param selectedId the object inside the aggregate to select, or 0 for the root
 * @param label      the editor tab's text
 */
public record ModelEditorInput(EClass rootClass, long rootId, long officeId, long selectedId, String label)
        implements StoredObjectInput {

    public static ModelEditorInput open(EClass rootClass, long rootId, long selectedId, String label) {
        return new ModelEditorInput(rootClass, rootId, 0, selectedId, label);
    }

    public static ModelEditorInput create(EClass rootClass, long officeId, String label) {
        return new ModelEditorInput(rootClass, 0, officeId, 0, label);
    }

    public boolean isNew() {
        return rootId == 0;
    }

    /** @return this input after the new aggregate was saved with the given id */
    ModelEditorInput saved(long id, String newLabel) {
        return new ModelEditorInput(rootClass, id, officeId, 0, newLabel);
    }

    @Override
    public String getName() {
        return label;
    }

    static final String FACTORY_ID = "org.opsbench.ui.modelEditorInput";

    /** A stored aggregate is reopened at the next start; a new one, never saved, is not. */
    @Override
    public String factoryId() {
        return isNew() ? null : FACTORY_ID;
    }

    @Override
    public void saveState(IMemento memento) {
        StoredObjectInput.writeIdAndName(memento, rootId, label);
        memento.putString("package", rootClass.getEPackage().getNsURI());
        memento.putString("class", rootClass.getName());
        memento.putString("selected", Long.toString(selectedId));
    }

    /** Registered as {@value #FACTORY_ID}. */
    public static final class Factory extends StoredObjectFactory {
        @Override
        protected StoredObjectInput create(IMemento memento) {
            EPackage ePackage = EPackage.Registry.INSTANCE.getEPackage(memento.getString("package"));
            EClass rootClass = (EClass) java.util.Objects.requireNonNull(ePackage.getEClassifier(memento.getString("class")));
            return open(rootClass, id(memento), id(memento, "selected"), name(memento));
        }
    }

    // The same aggregate is the same input, whichever object inside is to be shown; new ones are all different.
    @Override
    public boolean equals(Object other) {
        return other instanceof ModelEditorInput input && input.rootClass == rootClass && input.rootId == rootId
                && (rootId != 0 || input == this);
    }

    @Override
    public int hashCode() {
        return rootClass.hashCode() * 31 + Long.hashCode(rootId);
    }
}
