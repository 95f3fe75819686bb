package org.opsbench.ui.workbench;

import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.ui.IElementFactory;
import org.eclipse.ui.IMemento;

/**
 * Makes a {@link StoredObjectInput} again from the workbench's saved state at start-up, for the user
 * it was saved for. Anything else (another user's editor, a memento an older version wrote without a
 * field) gives no input, and the workbench closes that editor after start-up instead of showing an
 * error; an object deleted meanwhile is reported by its editor as it is for one deleted while open.
 * Register a subclass under the input's {@link StoredObjectInput#factoryId()} in
 * {@code org.eclipse.ui.elementFactories}.
 */
public abstract class StoredObjectFactory implements IElementFactory {

    @Override
    public final IAdaptable createElement(IMemento memento) {
        if (ServiceDesk.user() == null || !ServiceDesk.user().getLogin().equals(memento.getString(StoredObjectInput.LOGIN))) {
            return null;
        }
        try {
            return create(memento);
        } catch (RuntimeException unreadable) {
            return null;
        }
    }

    /** @return the input the memento describes; may throw when a field is missing or malformed */
    protected abstract StoredObjectInput create(IMemento memento);

    /** @return the number stored under {@code key}; throws when it is missing */
    protected static long id(IMemento memento, String key) {
        return Long.parseLong(java.util.Objects.requireNonNull(memento.getString(key), key));
    }

    /** @return the stored object's id written by {@link StoredObjectInput#writeIdAndName} */
    protected static long id(IMemento memento) {
        return id(memento, StoredObjectInput.ID);
    }

    /** @return the editor's name written by {@link StoredObjectInput#writeIdAndName} */
    protected static String name(IMemento memento) {
        return java.util.Objects.requireNonNull(memento.getString(StoredObjectInput.NAME), StoredObjectInput.NAME);
    }
}
