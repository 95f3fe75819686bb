/**
 */
package org.opsbench.topology.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.opsbench.model.Customer;
import org.opsbench.model.Site;

import org.opsbench.model.base.PersistentObject;

import org.opsbench.topology.model.AddressRange;
import org.opsbench.topology.model.Device;
import org.opsbench.topology.model.Diagram;
import org.opsbench.topology.model.Link;
import org.opsbench.topology.model.Routing;
import org.opsbench.topology.model.TopologyPackage;
import org.opsbench.topology.model.Zone;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Diagram</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.opsbench.topology.model.impl.DiagramImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.opsbench.topology.model.impl.DiagramImpl#getCustomer <em>Customer</em>}</li>
 *   <li>{@link org.opsbench.topology.model.impl.DiagramImpl#getSite <em>Site</em>}</li>
 *   <li>{@link org.opsbench.topology.model.impl.DiagramImpl#getRouting <em>Routing</em>}</li>
 *   <li>{@link org.opsbench.topology.model.impl.DiagramImpl#getZones <em>Zones</em>}</li>
 *   <li>{@link org.opsbench.topology.model.impl.DiagramImpl#getDevices <em>Devices</em>}</li>
 *   <li>{@link org.opsbench.topology.model.impl.DiagramImpl#getLinks <em>Links</em>}</li>
 *   <li>{@link org.opsbench.topology.model.impl.DiagramImpl#getAddressPlan <em>Address Plan</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DiagramImpl extends PersistentObject implements Diagram {
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The cached value of the '{@link #getCustomer() <em>Customer</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCustomer()
	 * @generated
	 * @ordered
	 */
	protected Customer customer;

	/**
	 * The cached value of the '{@link #getSite() <em>Site</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSite()
	 * @generated
	 * @ordered
	 */
	protected Site site;

	/**
	 * The default value of the '{@link #getRouting() <em>Routing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRouting()
	 * @generated
	 * @ordered
	 */
	protected static final Routing ROUTING_EDEFAULT = Routing.STRAIGHT;

	/**
	 * The cached value of the '{@link #getRouting() <em>Routing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRouting()
	 * @generated
	 * @ordered
	 */
	protected Routing routing = ROUTING_EDEFAULT;

	/**
	 * The cached value of the '{@link #getZones() <em>Zones</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getZones()
	 * @generated
	 * @ordered
	 */
	protected EList<Zone> zones;

	/**
	 * The cached value of the '{@link #getDevices() <em>Devices</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDevices()
	 * @generated
	 * @ordered
	 */
	protected EList<Device> devices;

	/**
	 * The cached value of the '{@link #getLinks() <em>Links</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLinks()
	 * @generated
	 * @ordered
	 */
	protected EList<Link> links;

	/**
	 * The cached value of the '{@link #getAddressPlan() <em>Address Plan</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAddressPlan()
	 * @generated
	 * @ordered
	 */
	protected EList<AddressRange> addressPlan;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DiagramImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TopologyPackage.Literals.DIAGRAM;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.DIAGRAM__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Customer getCustomer() {
		if (customer != null && customer.eIsProxy()) {
			InternalEObject oldCustomer = (InternalEObject)customer;
			customer = (Customer)eResolveProxy(oldCustomer);
			if (customer != oldCustomer) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, TopologyPackage.DIAGRAM__CUSTOMER, oldCustomer, customer));
			}
		}
		return customer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Customer basicGetCustomer() {
		return customer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCustomer(Customer newCustomer) {
		Customer oldCustomer = customer;
		customer = newCustomer;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.DIAGRAM__CUSTOMER, oldCustomer, customer));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Site getSite() {
		if (site != null && site.eIsProxy()) {
			InternalEObject oldSite = (InternalEObject)site;
			site = (Site)eResolveProxy(oldSite);
			if (site != oldSite) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, TopologyPackage.DIAGRAM__SITE, oldSite, site));
			}
		}
		return site;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Site basicGetSite() {
		return site;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSite(Site newSite) {
		Site oldSite = site;
		site = newSite;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.DIAGRAM__SITE, oldSite, site));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Routing getRouting() {
		return routing;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRouting(Routing newRouting) {
		Routing oldRouting = routing;
		routing = newRouting == null ? ROUTING_EDEFAULT : newRouting;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.DIAGRAM__ROUTING, oldRouting, routing));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Zone> getZones() {
		if (zones == null) {
			zones = new EObjectContainmentEList<Zone>(Zone.class, this, TopologyPackage.DIAGRAM__ZONES);
		}
		return zones;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Device> getDevices() {
		if (devices == null) {
			devices = new EObjectContainmentEList<Device>(Device.class, this, TopologyPackage.DIAGRAM__DEVICES);
		}
		return devices;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Link> getLinks() {
		if (links == null) {
			links = new EObjectContainmentEList<Link>(Link.class, this, TopologyPackage.DIAGRAM__LINKS);
		}
		return links;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<AddressRange> getAddressPlan() {
		if (addressPlan == null) {
			addressPlan = new EObjectContainmentEList<AddressRange>(AddressRange.class, this, TopologyPackage.DIAGRAM__ADDRESS_PLAN);
		}
		return addressPlan;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case TopologyPackage.DIAGRAM__ZONES:
				return ((InternalEList<?>)getZones()).basicRemove(otherEnd, msgs);
			case TopologyPackage.DIAGRAM__DEVICES:
				return ((InternalEList<?>)getDevices()).basicRemove(otherEnd, msgs);
			case TopologyPackage.DIAGRAM__LINKS:
				return ((InternalEList<?>)getLinks()).basicRemove(otherEnd, msgs);
			case TopologyPackage.DIAGRAM__ADDRESS_PLAN:
				return ((InternalEList<?>)getAddressPlan()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case TopologyPackage.DIAGRAM__NAME:
				return getName();
			case TopologyPackage.DIAGRAM__CUSTOMER:
				if (resolve) return getCustomer();
				return basicGetCustomer();
			case TopologyPackage.DIAGRAM__SITE:
				if (resolve) return getSite();
				return basicGetSite();
			case TopologyPackage.DIAGRAM__ROUTING:
				return getRouting();
			case TopologyPackage.DIAGRAM__ZONES:
				return getZones();
			case TopologyPackage.DIAGRAM__DEVICES:
				return getDevices();
			case TopologyPackage.DIAGRAM__LINKS:
				return getLinks();
			case TopologyPackage.DIAGRAM__ADDRESS_PLAN:
				return getAddressPlan();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case TopologyPackage.DIAGRAM__NAME:
				setName((String)newValue);
				return;
			case TopologyPackage.DIAGRAM__CUSTOMER:
				setCustomer((Customer)newValue);
				return;
			case TopologyPackage.DIAGRAM__SITE:
				setSite((Site)newValue);
				return;
			case TopologyPackage.DIAGRAM__ROUTING:
				setRouting((Routing)newValue);
				return;
			case TopologyPackage.DIAGRAM__ZONES:
				getZones().clear();
				getZones().addAll((Collection<? extends Zone>)newValue);
				return;
			case TopologyPackage.DIAGRAM__DEVICES:
				getDevices().clear();
				getDevices().addAll((Collection<? extends Device>)newValue);
				return;
			case TopologyPackage.DIAGRAM__LINKS:
				getLinks().clear();
				getLinks().addAll((Collection<? extends Link>)newValue);
				return;
			case TopologyPackage.DIAGRAM__ADDRESS_PLAN:
				getAddressPlan().clear();
				getAddressPlan().addAll((Collection<? extends AddressRange>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case TopologyPackage.DIAGRAM__NAME:
				setName(NAME_EDEFAULT);
				return;
			case TopologyPackage.DIAGRAM__CUSTOMER:
				setCustomer((Customer)null);
				return;
			case TopologyPackage.DIAGRAM__SITE:
				setSite((Site)null);
				return;
			case TopologyPackage.DIAGRAM__ROUTING:
				setRouting(ROUTING_EDEFAULT);
				return;
			case TopologyPackage.DIAGRAM__ZONES:
				getZones().clear();
				return;
			case TopologyPackage.DIAGRAM__DEVICES:
				getDevices().clear();
				return;
			case TopologyPackage.DIAGRAM__LINKS:
				getLinks().clear();
				return;
			case TopologyPackage.DIAGRAM__ADDRESS_PLAN:
				getAddressPlan().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case TopologyPackage.DIAGRAM__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case TopologyPackage.DIAGRAM__CUSTOMER:
				return customer != null;
			case TopologyPackage.DIAGRAM__SITE:
				return site != null;
			case TopologyPackage.DIAGRAM__ROUTING:
				return routing != ROUTING_EDEFAULT;
			case TopologyPackage.DIAGRAM__ZONES:
				return zones != null && !zones.isEmpty();
			case TopologyPackage.DIAGRAM__DEVICES:
				return devices != null && !devices.isEmpty();
			case TopologyPackage.DIAGRAM__LINKS:
				return links != null && !links.isEmpty();
			case TopologyPackage.DIAGRAM__ADDRESS_PLAN:
				return addressPlan != null && !addressPlan.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (name: ");
		result.append(name);
		result.append(", routing: ");
		result.append(routing);
		result.append(')');
		return result.toString();
	}

} //DiagramImpl
