package org.opsbench.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.progress.IDeferredWorkbenchAdapter;
import org.eclipse.ui.progress.IElementCollector;
import org.opsbench.persistence.Directory;
import org.opsbench.persistence.Directory.Entry;

/**
 * One node of the navigator (the root, a region, office, customer, site or equipment item).
 * Its children are fetched in a background job by the platform's deferred content manager.
 */
public final class NavigatorNode implements IDeferredWorkbenchAdapter {

    public enum Kind {
        ROOT, REGION, OFFICE, CUSTOMER, SITE, EQUIPMENT
    }

    private final Kind kind;
    private final Entry entry;
    private final NavigatorNode parent;
    private final Supplier<Directory> directory;
    private final Supplier<String> customerFilter;

    private NavigatorNode(Kind kind, Entry entry, NavigatorNode parent, Supplier<Directory> directory,
            Supplier<String> customerFilter) {
        this.kind = kind;
        this.entry = entry;
        this.parent = parent;
        this.directory = directory;
        this.customerFilter = customerFilter;
    }

    static NavigatorNode root(Supplier<Directory> directory, Supplier<String> customerFilter) {
        return new NavigatorNode(Kind.ROOT, null, null, directory, customerFilter);
    }

    public Kind kind() {
        return kind;
    }

    /** @return the database id of the object this node shows */
    public long id() {
        return entry.id();
    }

    @Override
    public void fetchDeferredChildren(Object object, IElementCollector collector, IProgressMonitor monitor) {
        Directory source = directory.get();
        List<Entry> entries = switch (kind) {
            case ROOT -> source.regions();
            case REGION -> source.offices(entry.id());
            case OFFICE -> source.customers(entry.id(), customerFilter.get());
            case CUSTOMER -> source.sites(entry.id());
            case SITE -> source.equipment(entry.id());
            case EQUIPMENT -> List.of();
        };
        Kind childKind = Kind.values()[kind.ordinal() + 1 == Kind.values().length ? kind.ordinal() : kind.ordinal() + 1];
        List<NavigatorNode> children = new ArrayList<>();
        for (Entry child : entries) {
            children.add(new NavigatorNode(childKind, child, this, directory, customerFilter));
        }
        collector.add(children.toArray(), monitor);
        collector.done();
    }

    @Override
    public boolean isContainer() {
        return kind != Kind.EQUIPMENT;
    }

    @Override
    public ISchedulingRule getRule(Object object) {
        return null;
    }

    @Override
    public Object[] getChildren(Object o) {
        return new Object[0]; // children come through fetchDeferredChildren
    }

    @Override
    public ImageDescriptor getImageDescriptor(Object object) {
        return null;
    }

    @Override
    public String getLabel(Object o) {
        return switch (kind) {
            case ROOT -> "";
            case CUSTOMER -> entry.code() + "  " + entry.name();
            case SITE -> entry.code() == null ? entry.name() : entry.name() + " (" + entry.code() + ")";
            case EQUIPMENT -> entry.name() + "  " + entry.code();
            default -> entry.name();
        };
    }

    @Override
    public Object getParent(Object o) {
        return parent;
    }

    @Override
    public String toString() {
        return getLabel(this);
    }

    // Nodes are equal when they show the same object, so that refreshes keep expansion and selection.
    @Override
    public boolean equals(Object other) {
        return other instanceof NavigatorNode node && node.kind == kind
                && (kind == Kind.ROOT || node.entry.id() == entry.id());
    }

    @Override
    public int hashCode() {
        return kind == Kind.ROOT ? 0 : Long.hashCode(entry.id()) * 31 + kind.ordinal();
    }
}
