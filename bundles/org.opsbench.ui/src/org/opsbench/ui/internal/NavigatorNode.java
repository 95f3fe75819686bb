package org.opsbench.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.progress.IDeferredWorkbenchAdapter;
import org.eclipse.ui.progress.IElementCollector;
import org.opsbench.persistence.Directory;
import org.opsbench.persistence.Directory.Entry;

/**
 * One node of the navigator (the root, a region, office, customer, site or equipment item).
 * Its children are fetched in a background job by the platform's deferred content manager.
 */
public final class NavigatorNode implements IDeferredWorkbenchAdapter, org.eclipse.core.runtime.IAdaptable {

    public enum Kind {
        ROOT, REGION, OFFICE, CUSTOMER, SITE, EQUIPMENT, ENGINEERS, ENGINEER,
        /** A folder a plug-in adds under each customer, and one of its entries. */
        FOLDER, FOLDER_ITEM
    }

    /** Customers read per query when an office opens. */
    static final int CUSTOMER_PAGE = 200;

    private final Kind kind;
    private final Entry entry;
    private final NavigatorNode parent;
    private final Supplier<Directory> directory;
    private final Supplier<String> customerFilter;
    /** For folders and their entries: the contribution, else null. */
    private final org.opsbench.ui.workbench.Contributions.Contributed<org.opsbench.ui.workbench.NavigatorFolder> folder;

    private NavigatorNode(Kind kind, Entry entry, NavigatorNode parent, Supplier<Directory> directory,
            Supplier<String> customerFilter) {
        this(kind, entry, parent, directory, customerFilter, null);
    }

    private NavigatorNode(Kind kind, Entry entry, NavigatorNode parent, Supplier<Directory> directory,
            Supplier<String> customerFilter, org.opsbench.ui.workbench.Contributions.Contributed<org.opsbench.ui.workbench.NavigatorFolder> folder) {
        this.folder = folder;
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
        List<NavigatorNode> children = new ArrayList<>();
        switch (kind) {
            // A filter leads to its customers: regions and offices without any are left out.
            case ROOT -> add(children, Kind.REGION, source.regions(customerFilter.get()));
            case REGION -> add(children, Kind.OFFICE, source.offices(entry.id(), customerFilter.get()));
            case OFFICE -> {
                // The engineers first: always there, however long the customer list below gets (not for a customer's
                // staff, and not while the filter searches customers).
                String filter = customerFilter.get();
                if (!source.isCustomerScoped() && (filter == null || filter.isBlank())) {
                    collector.add(new Object[] { new NavigatorNode(Kind.ENGINEERS, new Entry(entry.id(), null,
                            Messages.navigatorEngineers), this, directory, customerFilter) }, monitor);
                }
                fetchCustomers(source, collector, monitor);
            }
            case CUSTOMER -> {
                add(children, Kind.SITE, source.sites(entry.id()));
                for (org.opsbench.ui.workbench.Contributions.Contributed<org.opsbench.ui.workbench.NavigatorFolder> contributed : org.opsbench.ui.workbench.Contributions
                        .installed("org.opsbench.ui.navigatorFolders", "name", org.opsbench.ui.workbench.NavigatorFolder.class)) {
                    children.add(new NavigatorNode(Kind.FOLDER, new Entry(entry.id(), null, contributed.label()), this, directory,
                            customerFilter, contributed));
                }
            }
            case FOLDER -> {
                for (org.opsbench.ui.workbench.NavigatorFolder.Item item : folder.object().items(OpsBenchDatabase.get(), entry.id())) {
                    children.add(new NavigatorNode(Kind.FOLDER_ITEM, new Entry(item.id(), null, item.label()), this, directory,
                            customerFilter, folder));
                }
            }
            case SITE -> add(children, Kind.EQUIPMENT, source.equipment(entry.id()));
            case ENGINEERS -> add(children, Kind.ENGINEER, source.engineers(entry.id()));
            default -> {
                // leaves
            }
        }
        if (!children.isEmpty()) { // offices have added theirs page by page
            collector.add(children.toArray(), monitor);
        }
        collector.done();
    }

    /**
     * An office may have thousands of customers: they come page by page, each shown as it arrives,
     * and a cancelled fetch (Progress view) stops after the page it is reading.
     */
    private void fetchCustomers(Directory source, IElementCollector collector, IProgressMonitor monitor) {
        String filter = customerFilter.get();
        monitor.beginTask(getLabel(this), IProgressMonitor.UNKNOWN);
        for (int first = 0; !monitor.isCanceled(); first += CUSTOMER_PAGE) {
            List<NavigatorNode> page = new ArrayList<>();
            add(page, Kind.CUSTOMER, source.customers(entry.id(), filter, first, CUSTOMER_PAGE));
            collector.add(page.toArray(), monitor);
            monitor.subTask(NLS.bind(Messages.navigatorCustomersRead, first + page.size()));
            if (page.size() < CUSTOMER_PAGE) {
                break;
            }
        }
    }

    private void add(List<NavigatorNode> children, Kind childKind, List<Entry> entries) {
        for (Entry child : entries) {
            children.add(new NavigatorNode(childKind, child, this, directory, customerFilter));
        }
    }

    @Override
    public boolean isContainer() {
        return kind != Kind.EQUIPMENT && kind != Kind.ENGINEER && kind != Kind.FOLDER_ITEM;
    }

    /** @return the node of the given kind on the way up from here (this node included), or null */
    public NavigatorNode ancestor(Kind wanted) {
        for (NavigatorNode node = this; node != null; node = node.parent) {
            if (node.kind == wanted) {
                return node;
            }
        }
        return null;
    }

    /** @return the code or number shown for this node (customer number, serial number, employee number, city) */
    public String code() {
        return entry == null ? null : entry.code();
    }

    /** @return for a folder or one of its entries: what the plug-in contributed, else null */
    org.opsbench.ui.workbench.Contributions.Contributed<org.opsbench.ui.workbench.NavigatorFolder> folder() {
        return folder;
    }

    /** @return the name shown for this node */
    public String name() {
        return entry == null ? null : entry.name();
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        if (adapter == org.eclipse.ui.views.properties.IPropertySource.class && kind != Kind.ROOT) {
            return adapter.cast(new NodeProperties(this));
        }
        if (adapter == org.opsbench.ui.workbench.ModelReference.class) {
            org.eclipse.emf.ecore.EClass type = switch (kind) {
                case CUSTOMER -> org.opsbench.model.OpsPackage.Literals.CUSTOMER;
                case SITE -> org.opsbench.model.OpsPackage.Literals.SITE;
                case EQUIPMENT -> org.opsbench.model.OpsPackage.Literals.EQUIPMENT;
                case ENGINEER -> org.opsbench.model.OpsPackage.Literals.ENGINEER;
                default -> null;
            };
            return type == null ? null : adapter.cast(new org.opsbench.ui.workbench.ModelReference(type, entry.id(), getLabel(this)));
        }
        return null;
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
            case ENGINEER -> entry.name() + " (" + entry.code() + ")";
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
                && (kind == Kind.ROOT || node.entry.id() == entry.id())
                && (folder == null || folder.id().equals(node.folder.id()));
    }

    @Override
    public int hashCode() {
        return kind == Kind.ROOT ? 0 : Long.hashCode(entry.id()) * 31 + kind.ordinal();
    }
}
