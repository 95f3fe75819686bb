package org.opsbench.persistence.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.descriptors.RelationalDescriptor;
import org.eclipse.persistence.descriptors.VersionLockingPolicy;
import org.eclipse.persistence.internal.helper.DatabaseField;
import org.eclipse.persistence.internal.jpa.CMP3Policy;
import org.eclipse.persistence.mappings.DirectCollectionMapping;
import org.eclipse.persistence.mappings.DirectToFieldMapping;
import org.eclipse.persistence.mappings.ForeignReferenceMapping;
import org.eclipse.persistence.mappings.ManyToManyMapping;
import org.eclipse.persistence.mappings.OneToManyMapping;
import org.eclipse.persistence.mappings.OneToOneMapping;
import org.opsbench.model.base.PersistentObject;

/**
 * Builds one EclipseLink descriptor per EClass of the given packages, straight from the
 * Ecore metadata: no JPA entity classes, no orm.xml, no per-class code. Adding an
 * EAttribute adds a column.
 * <ul>
 * <li>An inheritance tree (by first supertype) shares one table with an ECLASS column.</li>
 * <li>Single-valued attributes are columns; many-valued ones a side table (OWNER_ID, POS, ELEMENT).</li>
 * <li>Containment: the child's table holds its container's id and its list position.</li>
 * <li>Single non-containment references are foreign-key columns; many-valued ones a join table with order.</li>
 * <li>Every table has ID and VERSION; optimistic locking on every object, forced on the aggregate root at save.</li>
 * </ul>
 * Relationships are read with JOIN batch fetching: loading N aggregates costs one query
 * per relationship, not one per object.
 * <p>
 * This is the one class that uses EclipseLink internals (CMP3Policy for em.find, the
 * change listener); its tests are in org.opsbench.persistence.tests.
 */
public final class EmfDescriptors {

    /**
     * Lists, children and references are read in batches by the ids of the objects just read (IN).
     * EXISTS would print the parent query's criteria again in a sub-select; EclipseLink shares that
     * expression tree between all copies of a JPQL query, and two threads printing it at once break
     * it ("currentAlias is null", seen with four threads opening cases on embedded Derby and on a
     * Derby server). Lists of plain values also race with IN; their batch reads run one at a time
     * ({@link SerialBatchListMapping}).
     */
    private static final BatchFetchType BATCH = BatchFetchType.IN;

    /**
     * Ids per batch read of children (EclipseLink's default is 500). With 500 parameters in the IN
     * list Derby 10.17 scans a table of some ten thousand rows and compares each row with every
     * parameter instead of probing the container index: the ports of 2,000 devices (17,600 rows)
     * took 1,129 ms in four reads of 500, 36-96 ms in reads of 50-250; on a table twenty times
     * larger, reads of 100 were still faster than reads of 500 (33 against 119 ms).
     */
    static final int BATCH_SIZE = 100;

    private static final int ENUM_LENGTH = 64;

    private final Map<EClass, RelationalDescriptor> descriptors = new LinkedHashMap<>();
    private final Map<EClass, Class<?>> implementationClasses = new HashMap<>();
    private final List<EClass> eClasses = new ArrayList<>();

    public EmfDescriptors(Collection<EPackage> packages) {
        for (EPackage ePackage : packages) {
            for (EClassifier classifier : ePackage.getEClassifiers()) {
                if (classifier instanceof EClass eClass && !eClass.isInterface()) {
                    eClasses.add(eClass);
                }
            }
        }
    }

    public Collection<RelationalDescriptor> build() {
        for (EClass eClass : eClasses) {
            implementationClasses.put(eClass, implementationClass(eClass));
        }
        for (EClass eClass : eClasses) {
            descriptors.put(eClass, describe(eClass));
        }
        for (EClass eClass : eClasses) {
            mapFeatures(eClass);
        }
        return descriptors.values();
    }

    /** @return the Java class EclipseLink sees for the EClass: the generated implementation class */
    public static Class<?> implementationClass(EClass eClass) {
        if (eClass.isAbstract()) {
            // EMF names the abstract implementation <Name>Impl in the factory's package.
            String factoryClass = eClass.getEPackage().getEFactoryInstance().getClass().getName();
            String implName = factoryClass.substring(0, factoryClass.lastIndexOf('.') + 1) + eClass.getName() + "Impl";
            try {
                return eClass.getEPackage().getEFactoryInstance().getClass().getClassLoader().loadClass(implName);
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException("No implementation class " + implName + " for abstract " + eClass.getName(), e);
            }
        }
        return EcoreUtil.create(eClass).getClass();
    }

    static EClass hierarchyRoot(EClass eClass) {
        EClass root = eClass;
        while (!root.getESuperTypes().isEmpty()) {
            root = root.getESuperTypes().get(0);
        }
        return root;
    }

    private boolean hasSubclasses(EClass eClass) {
        return eClasses.stream().anyMatch(other -> other != eClass && other.getESuperTypes().contains(eClass));
    }

    private RelationalDescriptor describe(EClass eClass) {
        RelationalDescriptor descriptor = new RelationalDescriptor();
        descriptor.setJavaClass(implementationClasses.get(eClass));
        descriptor.setAlias(eClass.getName());
        descriptor.setObjectChangePolicy(new EmfChangeTrackingPolicy());
        descriptor.setCMPPolicy(new CMP3Policy());
        if (!eClass.isAbstract()) {
            descriptor.setInstantiationPolicy(new EObjectInstantiator(eClass));
        }
        descriptor.setCacheIsolation(org.eclipse.persistence.annotations.CacheIsolationType.ISOLATED);
        // Each session's cache lives as long as the session (an editor, a job): a plain map, no weak references.
        descriptor.useFullIdentityMap();
        EClass root = hierarchyRoot(eClass);
        if (root == eClass) {
            String table = SqlNames.table(eClass);
            descriptor.setTableName(table);
            descriptor.addPrimaryKeyFieldName(table + "." + SqlNames.ID);
            descriptor.setSequenceNumberFieldName(table + "." + SqlNames.ID);
            descriptor.setSequenceNumberName(SqlNames.SEQUENCE);
            descriptor.addDirectMapping("persistentId", table + "." + SqlNames.ID).getField().setType(Long.class);
            DirectToFieldMapping version = (DirectToFieldMapping) descriptor.addDirectMapping("persistentVersion", table + "." + SqlNames.VERSION);
            version.getField().setType(Long.class);
            VersionLockingPolicy locking = new VersionLockingPolicy(table + "." + SqlNames.VERSION);
            locking.storeInObject();
            descriptor.setOptimisticLockingPolicy(locking);
            if (hasSubclasses(eClass) || !eClass.getESuperTypes().isEmpty()) {
                descriptor.getInheritancePolicy().setClassIndicatorFieldName(table + "." + SqlNames.ECLASS);
                descriptor.getInheritancePolicy().getClassIndicatorField().setType(String.class);
                descriptor.getInheritancePolicy().getClassIndicatorField().setLength(ENUM_LENGTH);
            }
        } else {
            descriptor.getInheritancePolicy().setParentClass(implementationClasses.get(eClass.getESuperTypes().get(0)));
        }
        return descriptor;
    }

    private void mapFeatures(EClass eClass) {
        RelationalDescriptor descriptor = descriptors.get(eClass);
        EClass root = hierarchyRoot(eClass);
        if (!eClass.isAbstract() && (hasSubclasses(eClass) || root != eClass)) {
            descriptors.get(root).getInheritancePolicy().addClassIndicator(implementationClasses.get(eClass), eClass.getName());
        }
        String table = SqlNames.table(root);
        for (EStructuralFeature feature : eClass.getEStructuralFeatures()) {
            if (feature.isTransient() || feature.isDerived() || feature.isVolatile()) {
                continue;
            }
            if (feature instanceof EAttribute attribute) {
                if (attribute.isMany()) {
                    mapAttributeList(descriptor, table, attribute);
                } else {
                    mapAttribute(descriptor, table, attribute);
                }
            } else {
                EReference reference = (EReference) feature;
                if (reference.isContainment()) {
                    mapContainment(descriptor, table, reference);
                } else if (reference.isContainer()) {
                    continue; // the opposite of a containment: derived from eContainer()
                } else if (reference.isMany()) {
                    mapReferenceList(descriptor, table, reference);
                } else {
                    mapReference(descriptor, table, reference);
                }
            }
        }
        // Columns a contained class stores for its containers.
        boolean contained = false;
        for (EClass container : eClasses) {
            for (EReference containment : container.getEReferences()) {
                if (containment.isContainment() && containment.getEContainingClass() == container
                        && containment.getEReferenceType() == eClass) {
                    DirectToFieldMapping mapping = new DirectToFieldMapping();
                    mapping.setAttributeAccessor(ContainerAccessor.containerId(containment));
                    mapping.setAttributeName(ContainerAccessor.attributeName(containment));
                    DatabaseField field = new DatabaseField(table + "." + SqlNames.containerColumn(containment));
                    field.setType(Long.class);
                    mapping.setField(field);
                    descriptor.addMapping(mapping);
                    contained = true;
                }
            }
        }
        if (contained && descriptor.getObjectBuilder().getMappingForAttributeName(ContainerAccessor.POSITION_ATTRIBUTE) == null
                && (root == eClass || !descriptors.get(root).getMappings().stream()
                        .anyMatch(m -> ContainerAccessor.POSITION_ATTRIBUTE.equals(m.getAttributeName())))) {
            DirectToFieldMapping position = new DirectToFieldMapping();
            position.setAttributeAccessor(ContainerAccessor.position());
            position.setAttributeName(ContainerAccessor.POSITION_ATTRIBUTE);
            DatabaseField field = new DatabaseField(table + "." + SqlNames.POSITION);
            field.setType(Integer.class);
            position.setField(field);
            descriptor.addMapping(position);
        }
    }

    private static DatabaseField dataField(String name, EAttribute attribute) {
        EDataType type = attribute.getEAttributeType();
        DatabaseField field = new DatabaseField(name);
        Class<?> columnType = DataTypeConverter.columnType(type);
        field.setType(columnType);
        if (columnType == String.class) {
            field.setLength(type instanceof org.eclipse.emf.ecore.EEnum ? ENUM_LENGTH : declaredLength(attribute));
        }
        return field;
    }

    /** Text columns are 255 characters unless the attribute's persistence annotation asks for more (descriptions, logs). */
    private static int declaredLength(EAttribute attribute) {
        return org.opsbench.model.validation.ModelRules.maxLength(attribute);
    }

    private void mapAttribute(RelationalDescriptor descriptor, String table, EAttribute attribute) {
        DirectToFieldMapping mapping = new DirectToFieldMapping();
        mapping.setAttributeName(attribute.getName());
        mapping.setAttributeAccessor(new FeatureAccessor(attribute));
        mapping.setField(dataField(table + "." + SqlNames.column(attribute), attribute));
        if (DataTypeConverter.needsConversion(attribute.getEAttributeType())) {
            mapping.setConverter(new DataTypeConverter(attribute.getEAttributeType()));
        }
        descriptor.addMapping(mapping);
    }

    private void mapAttributeList(RelationalDescriptor descriptor, String ownerTable, EAttribute attribute) {
        DirectCollectionMapping mapping = new SerialBatchListMapping();
        mapping.setAttributeName(attribute.getName());
        mapping.setAttributeAccessor(new FeatureAccessor(attribute));
        mapping.dontUseIndirection();
        mapping.useCollectionClass(ArrayList.class);
        String table = SqlNames.collectionTable(attribute);
        mapping.setReferenceTableName(table);
        mapping.setDirectField(dataField(table + "." + SqlNames.ELEMENT, attribute));
        mapping.addReferenceKeyFieldName(table + "." + SqlNames.OWNER_ID, ownerTable + "." + SqlNames.ID);
        mapping.setListOrderFieldName(table + "." + SqlNames.POSITION);
        if (DataTypeConverter.needsConversion(attribute.getEAttributeType())) {
            mapping.setValueConverter(new DataTypeConverter(attribute.getEAttributeType()));
        }
        mapping.setBatchFetchType(BATCH);
        descriptor.addMapping(mapping);
    }

    private void mapContainment(RelationalDescriptor descriptor, String ownerTable, EReference containment) {
        EClass childClass = containment.getEReferenceType();
        String childTable = SqlNames.table(hierarchyRoot(childClass));
        String foreignKey = childTable + "." + SqlNames.containerColumn(containment);
        if (containment.isMany()) {
            OneToManyMapping mapping = containmentMapping(new BatchedMappings.OneToMany(), containment, childClass);
            mapping.useCollectionClass(ArrayList.class);
            mapping.addTargetForeignKeyFieldName(foreignKey, ownerTable + "." + SqlNames.ID);
            descriptor.addMapping(mapping);
        } else {
            OneToOneMapping mapping = containmentMapping(new OneToOneMapping(), containment, childClass);
            mapping.addTargetForeignKeyFieldName(foreignKey, ownerTable + "." + SqlNames.ID);
            descriptor.addMapping(mapping);
        }
    }

    /** What every containment mapping shares: reflective access, cascades to the children, batched reads. */
    private <M extends ForeignReferenceMapping> M containmentMapping(M mapping, EReference containment, EClass childClass) {
        mapping.setAttributeName(containment.getName());
        mapping.setAttributeAccessor(new FeatureAccessor(containment));
        mapping.setReferenceClass(implementationClasses.get(childClass));
        mapping.dontUseIndirection();
        mapping.setCascadePersist(true);
        mapping.setCascadeRemove(true);
        mapping.setBatchFetchType(BATCH);
        return mapping;
    }

    private void mapReference(RelationalDescriptor descriptor, String table, EReference reference) {
        OneToOneMapping mapping = new OneToOneMapping();
        mapping.setAttributeName(reference.getName());
        mapping.setAttributeAccessor(new FeatureAccessor(reference));
        mapping.setReferenceClass(implementationClasses.get(reference.getEReferenceType()));
        mapping.dontUseIndirection();
        String targetTable = SqlNames.table(hierarchyRoot(reference.getEReferenceType()));
        DatabaseField field = new DatabaseField(table + "." + SqlNames.referenceColumn(reference));
        field.setType(Long.class);
        mapping.addForeignKeyField(field, new DatabaseField(targetTable + "." + SqlNames.ID));
        mapping.setBatchFetchType(BATCH);
        descriptor.addMapping(mapping);
    }

    private void mapReferenceList(RelationalDescriptor descriptor, String ownerTable, EReference reference) {
        ManyToManyMapping mapping = new BatchedMappings.ManyToMany();
        mapping.setAttributeName(reference.getName());
        mapping.setAttributeAccessor(new FeatureAccessor(reference));
        mapping.setReferenceClass(implementationClasses.get(reference.getEReferenceType()));
        mapping.dontUseIndirection();
        mapping.useCollectionClass(ArrayList.class);
        String table = SqlNames.collectionTable(reference);
        String targetTable = SqlNames.table(hierarchyRoot(reference.getEReferenceType()));
        mapping.setRelationTableName(table);
        mapping.addSourceRelationKeyFieldName(table + "." + SqlNames.OWNER_ID, ownerTable + "." + SqlNames.ID);
        mapping.addTargetRelationKeyFieldName(table + "." + SqlNames.TARGET_ID, targetTable + "." + SqlNames.ID);
        mapping.setListOrderFieldName(table + "." + SqlNames.POSITION);
        mapping.setBatchFetchType(BATCH);
        descriptor.addMapping(mapping);
    }

    /** @return whether objects of the class are aggregate roots: no containment holds them */
    public static boolean isAggregateRoot(EClass eClass, Collection<EClass> all) {
        for (EClass other : all) {
            for (EReference reference : other.getEAllReferences()) {
                if (reference.isContainment() && reference.getEReferenceType().isSuperTypeOf(eClass)) {
                    return false;
                }
            }
        }
        return true;
    }

    public static boolean isPersistentClass(EClass eClass) {
        return PersistentObject.class.isAssignableFrom(eClass.getInstanceClass() == null ? Object.class
                : implementationClass(eClass));
    }
}
