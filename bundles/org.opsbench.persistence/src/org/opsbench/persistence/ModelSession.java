package org.opsbench.persistence;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.persistence.config.HintValues;
import org.eclipse.persistence.config.QueryHints;
import org.eclipse.persistence.descriptors.changetracking.ChangeTracker;
import org.eclipse.persistence.internal.descriptors.changetracking.ObjectChangeListener;
import org.eclipse.persistence.internal.sessions.UnitOfWorkImpl;
import org.opsbench.model.base.PersistentObject;
import org.opsbench.model.validation.ModelRules;
import org.opsbench.persistence.internal.ContainmentChanges;
import org.opsbench.persistence.internal.OrderedInserts;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.RollbackException;

/**
 * An editing session over whole aggregates (a customer with its sites and equipment,
 * an engineer with certifications, ...). Objects loaded here are live EMF objects:
 * change them with plain EMF calls (or commands) and {@link #save()} writes every change
 * in one transaction. The aggregate root's version is raised on every save that changes
 * anything inside it, so concurrent edits of one aggregate are always detected.
 * <p>
 * Not thread-safe: one session per editor or job.
 */
public final class ModelSession implements AutoCloseable {

    private final Database database;
    private final EntityManager entityManager;
    private final Set<EObject> roots = new LinkedHashSet<>();
    /**
     * In the order added: a save with progress flushes part of them at a time, and what one part
     * references (offices, calendars) must be among the parts before. Model objects do not override
     * equals, so this is an identity set.
     */
    private final Set<EObject> newRoots = new LinkedHashSet<>();

    ModelSession(Database database, EntityManager entityManager) {
        this.database = database;
        this.entityManager = entityManager;
    }

    /** @return the aggregate with the given id, with all it contains, or null */
    public <T extends EObject> T find(Class<T> type, long id) {
        T found = type.cast(entityManager.find(database.implementationClass(type), id));
        if (found != null) {
            roots.add(found);
        }
        return found;
    }

    /** @return the aggregate of the given class (also of a dynamic or extension package) with that id, or null */
    public EObject find(org.eclipse.emf.ecore.EClass eClass, long id) {
        Object found = entityManager.find(org.opsbench.persistence.internal.EmfDescriptors.implementationClass(eClass), id);
        if (found != null) {
            roots.add((EObject) found);
        }
        return (EObject) found;
    }

    /**
     * Loads aggregates of one type in full, for editing or processing. The children of all
     * of them are read together (batched), not one query per aggregate.
     */
    public <T extends EObject> List<T> findAll(Class<T> type, String orderByFeature) {
        String alias = database.eClass(type).getName();
        String jpql = "SELECT o FROM " + alias + " o" + (orderByFeature == null ? "" : " ORDER BY o." + orderByFeature);
        List<T> result = new ArrayList<>();
        for (Object object : ownCopy(entityManager.createQuery(jpql)).getResultList()) {
            result.add(type.cast(object));
        }
        roots.addAll(result);
        return result;
    }

    /**
     * Loads aggregates for reading only (reports, exports, benchmarks): no change tracking,
     * changes to them are never saved.
     */
    public <T extends EObject> List<T> readAll(Class<T> type, String orderByFeature) {
        String alias = database.eClass(type).getName();
        String jpql = "SELECT o FROM " + alias + " o" + (orderByFeature == null ? "" : " ORDER BY o." + orderByFeature);
        List<T> result = new ArrayList<>();
        for (Object object : ownCopy(entityManager.createQuery(jpql)).setHint(QueryHints.READ_ONLY, HintValues.TRUE).getResultList()) {
            result.add(type.cast(object));
        }
        return result;
    }

    /**
     * Runs a JPQL query in this session; entities it returns are tracked like loaded ones.
     * Parameters are positional: ?1, ?2, ...
     */
    public <R> List<R> query(String jpql, Class<R> resultType, Object... parameters) {
        jakarta.persistence.TypedQuery<R> query = ownCopy(entityManager.createQuery(jpql, resultType));
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        List<R> result = query.getResultList();
        for (R row : result) {
            if (row instanceof EObject object && object.eContainer() == null) {
                roots.add(object);
            }
        }
        return result;
    }

    /** Adds a new aggregate root; it and everything it contains is inserted at the next save. */
    public void add(EObject root) {
        if (root.eContainer() != null) {
            throw new IllegalArgumentException("Only aggregate roots are added; contained objects are saved with their container");
        }
        newRoots.add(root);
        roots.add(root);
    }

    /** Deletes an aggregate root and everything it contains at the next save. */
    public void delete(EObject root) {
        if (newRoots.remove(root)) {
            roots.remove(root);
            return;
        }
        entityManager.remove(root);
        roots.remove(root);
    }

    /** @return whether anything loaded or added in this session has changed since the last save */
    public boolean isDirty() {
        if (!newRoots.isEmpty() || !containmentChanges().isEmpty()) {
            return true;
        }
        for (EObject root : roots) {
            if (hasChanges(root)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Writes all changes in one transaction.
     *
     * @throws ConcurrentChangeException when another session saved one of the changed aggregates first;
     *                                   nothing is written and the objects keep their edits
     * @throws DatabaseException         for any other failure; nothing is written
     */
    public void save() {
        save(null);
    }

    /**
     * Like {@link #save()}, for long saves (imports, the sample data): reports progress per new
     * aggregate and stops when cancelled. New aggregates are written to the database in about fifty
     * flushes inside the one transaction, so that progress is real and cancellation is prompt.
     *
     * @param monitor progress and cancellation, or null for neither (one flush at commit, the fastest)
     * @throws OperationCanceledException when cancelled; the transaction is rolled back, nothing is written
     */
    public void save(IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, newRoots.size() + 1);
        int flushEvery = Math.max(1, newRoots.size() / 50);
        int persisted = 0;
        List<EObject> changedRoots = new ArrayList<>();
        for (EObject root : roots) {
            if (!newRoots.contains(root) && hasChanges(root)) {
                changedRoots.add(root);
            }
        }
        EntityTransaction transaction = entityManager.getTransaction();
        transaction.begin();
        try {
            UnitOfWorkImpl uow = entityManager.unwrap(UnitOfWorkImpl.class);
            OrderedInserts.install(uow);
            for (EObject root : newRoots) {
                OrderedInserts.assignIds(uow, root);
                entityManager.persist(root);
                if (monitor != null && ++persisted % flushEvery == 0) {
                    entityManager.flush();
                    progress.split(flushEvery);
                }
            }
            ContainmentChanges changes = containmentChanges();
            if (!changes.isEmpty()) {
                // Moved children store their new container's id: write first, so that new containers have ids.
                entityManager.flush();
                for (EObject orphan : changes.orphans()) {
                    entityManager.remove(orphan);
                }
                changes.reportContainerColumns();
            }
            for (EObject root : changedRoots) {
                entityManager.lock(root, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
            }
            progress.setWorkRemaining(1);
            transaction.commit();
            newRoots.clear();
        } catch (OperationCanceledException e) {
            rollback(transaction);
            throw e;
        } catch (OptimisticLockException | RollbackException e) {
            rollback(transaction);
            if (isOptimisticLockFailure(e)) {
                throw new ConcurrentChangeException(Messages.format("save.conflict", describe(changedRoots)), changedRoots, e);
            }
            throw saveFailure(e);
        } catch (PersistenceException e) {
            rollback(transaction);
            throw saveFailure(e);
        }
    }

    private static DatabaseException saveFailure(RuntimeException e) {
        if (DataSources.isUniqueViolation(e)) {
            return new DuplicateValueException(Messages.format("save.duplicate", rootMessage(e)), e);
        }
        return new DatabaseException(Messages.format("save.failed", rootMessage(e)), e);
    }

    /**
     * After a {@link ConcurrentChangeException}: loads the version somebody else stored into this (fresh)
     * session and gives it the state of {@code mine}, the edited copy the failed save left behind. Objects
     * are matched by id; mine wins everywhere, including objects they added and I did not have. Nothing is
     * written until {@link #save()}.
     *
     * @return the stored aggregate, now with my state, managed by this session
     * @throws DatabaseException when the aggregate was deleted meanwhile
     */
    public <T extends EObject> T overwrite(T mine) {
        if (!(mine instanceof PersistentObject persistent) || !persistent.isPersistent()) {
            throw new IllegalArgumentException("Only a stored aggregate root can be overwritten");
        }
        @SuppressWarnings("unchecked")
        T theirs = (T) find(mine.eClass(), persistent.getPersistentId());
        if (theirs == null) {
            throw new DatabaseException(Messages.format("save.deleted", describe(List.of(mine))));
        }
        new StateCopier(mine, theirs, this::findReferenced).copy();
        return theirs;
    }

    /** An object outside the aggregate (an office, a calendar) as this session knows it. */
    private EObject findReferenced(EObject detached) {
        return entityManager.find(detached.getClass(), ((PersistentObject) detached).getPersistentId());
    }

    private static boolean isOptimisticLockFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof OptimisticLockException
                    || t instanceof org.eclipse.persistence.exceptions.OptimisticLockException) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage();
    }

    /** Names objects the way users know them, e.g. "Customer C-0001  Harbour Customs Bureau". */
    static String describe(List<EObject> objects) {
        List<String> names = new ArrayList<>();
        for (EObject object : objects) {
            names.add(ModelRules.label(object.eClass()) + " " + ModelRules.name(object));
        }
        return String.join(", ", names);
    }

    private void rollback(EntityTransaction transaction) {
        if (transaction.isActive()) {
            transaction.rollback();
        }
    }

    private ContainmentChanges containmentChanges() {
        return ContainmentChanges.of(entityManager.unwrap(UnitOfWorkImpl.class));
    }

    private static boolean hasChanges(EObject root) {
        if (changed(root)) {
            return true;
        }
        for (Iterator<EObject> contents = root.eAllContents(); contents.hasNext();) {
            EObject child = contents.next();
            if (!(child instanceof PersistentObject p) || !p.isPersistent() || changed(child)) {
                return true;
            }
        }
        return false;
    }

    private static boolean changed(EObject object) {
        return object instanceof ChangeTracker tracker
                && tracker._persistence_getPropertyChangeListener() instanceof ObjectChangeListener listener
                && listener.hasChanges();
    }

    /** Forgets all unsaved changes and reads the aggregate again. */
    public void refresh(EObject root) {
        entityManager.refresh(root);
    }

    /** Ends the session; unsaved changes are dropped. */
    @Override
    public void close() {
        if (entityManager.isOpen()) {
            entityManager.close();
        }
    }

    /**
     * EclipseLink keeps one parsed query per JPQL text for all sessions and fills in its batch reads
     * (lists of values, children) the first time it runs; two threads doing that at once can break
     * the query ("currentAlias is null", seen with a workbench's jobs on a Derby server). Each session
     * therefore runs its own copy of the query.
     */
    private static <Q extends jakarta.persistence.Query> Q ownCopy(Q query) {
        query.unwrap(org.eclipse.persistence.jpa.JpaQuery.class).getDatabaseQuery(); // clones the shared query
        return query;
    }

    /** @return a copy of the aggregate that no session tracks, e.g. to keep a user's edits across a reload */
    public static <T extends EObject> T detachedCopy(T root) {
        return EcoreUtil.copy(root);
    }
}
