package org.opsbench.topology.ui.internal.editparts;



/** What the diagram editor puts on its viewer for the edit parts to read: one place for the keys. */
public final class ViewerProperties {

    /** The diagram's {@code DiagramEditing}: every change goes through it. */
    public static final String EDITING = "org.opsbench.topology.editing";
    /** The current problems by element ({@code Map<EObject, List<String>>}); parts mark theirs. */
    public static final String PROBLEMS = "org.opsbench.topology.problems";
    /** What installed features report about devices ({@code Map<Device, List<Status>>}). */
    public static final String STATUS = "org.opsbench.topology.statuses";

    private ViewerProperties() {
    }
}
