package org.opsbench.ui.workbench;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IMemento;
import org.eclipse.ui.IPersistableElement;

/**
 * An editor input that stands for an object stored in the OpsBench database, found again by its id:
 * nothing on disk, no image of its own, the tab's text as its tool tip. Implementations give the name
 * and make two inputs for the same stored object equal, so that the page brings the open editor to
 * the front instead of opening a second one.
 * <p>
 * An input that names a {@link #factoryId() factory} is reopened at the next start for the same
 * user: it writes its id into the workbench's saved state, and a {@link StoredObjectFactory}
 * registered under that id (extension point {@code org.eclipse.ui.elementFactories}) makes it again.
 */
public interface StoredObjectInput extends IEditorInput {

    /** The memento key of the login the editor was open for: another user's login does not reopen it. */
    String LOGIN = "login";

    /**
     * @return the id of the element factory that makes this input again at the next start, or null
     *         when it is not to be reopened (e.g. a new object that was never saved)
     */
    default String factoryId() {
        return null;
    }

    /** Writes what this input's factory needs to make it again, usually {@link #writeIdAndName}. */
    default void saveState(IMemento memento) {
    }

    /** The memento keys of the stored object's id and the editor's name, which most inputs need and no more. */
    String ID = "id";
    String NAME = "name";

    /** Writes the stored object's id and the editor tab's name; {@link StoredObjectFactory#id} and {@code name} read them. */
    static void writeIdAndName(IMemento memento, long id, String name) {
        memento.putString(ID, Long.toString(id));
        memento.putString(NAME, name);
    }

    @Override
    default boolean exists() {
        return false;
    }

    @Override
    default ImageDescriptor getImageDescriptor() {
        return null;
    }

    @Override
    default IPersistableElement getPersistable() {
        String factory = factoryId();
        if (factory == null || ServiceDesk.user() == null) {
            return null;
        }
        String login = ServiceDesk.user().getLogin();
        return new IPersistableElement() {
            @Override
            public String getFactoryId() {
                return factory;
            }

            @Override
            public void saveState(IMemento memento) {
                memento.putString(LOGIN, login);
                StoredObjectInput.this.saveState(memento);
            }
        };
    }

    @Override
    default String getToolTipText() {
        return getName();
    }

    @Override
    default <T> T getAdapter(Class<T> adapter) {
        return null;
    }
}
