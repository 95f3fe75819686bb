package org.opsbench.ui.workbench;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;

/**
 * An editor input that stands for an object stored in the OpsBench database, found again by its id:
 * nothing on disk, no image of its own, not restored at the next start, the tab's text as its tool
 * tip. Implementations give the name and make two inputs for the same stored object equal, so that
 * the page brings the open editor to the front instead of opening a second one.
 */
public interface StoredObjectInput extends IEditorInput {

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
        return null;
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
