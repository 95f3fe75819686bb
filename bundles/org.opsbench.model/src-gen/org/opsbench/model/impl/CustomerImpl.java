/**
 */
package org.opsbench.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.opsbench.model.Contact;
import org.opsbench.model.Customer;
import org.opsbench.model.Industry;
import org.opsbench.model.Office;
import org.opsbench.model.OpsPackage;
import org.opsbench.model.ServiceContract;
import org.opsbench.model.Site;

import org.opsbench.model.base.PersistentObject;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Customer</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.opsbench.model.impl.CustomerImpl#getCode <em>Code</em>}</li>
 *   <li>{@link org.opsbench.model.impl.CustomerImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.opsbench.model.impl.CustomerImpl#getIndustry <em>Industry</em>}</li>
 *   <li>{@link org.opsbench.model.impl.CustomerImpl#getTags <em>Tags</em>}</li>
 *   <li>{@link org.opsbench.model.impl.CustomerImpl#getOffice <em>Office</em>}</li>
 *   <li>{@link org.opsbench.model.impl.CustomerImpl#getSites <em>Sites</em>}</li>
 *   <li>{@link org.opsbench.model.impl.CustomerImpl#getContacts <em>Contacts</em>}</li>
 *   <li>{@link org.opsbench.model.impl.CustomerImpl#getContracts <em>Contracts</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CustomerImpl extends PersistentObject implements Customer {
	/**
	 * The default value of the '{@link #getCode() <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCode()
	 * @generated
	 * @ordered
	 */
	protected static final String CODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCode() <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCode()
	 * @generated
	 * @ordered
	 */
	protected String code = CODE_EDEFAULT;

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
	 * The default value of the '{@link #getIndustry() <em>Industry</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIndustry()
	 * @generated
	 * @ordered
	 */
	protected static final Industry INDUSTRY_EDEFAULT = Industry.OTHER;

	/**
	 * The cached value of the '{@link #getIndustry() <em>Industry</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIndustry()
	 * @generated
	 * @ordered
	 */
	protected Industry industry = INDUSTRY_EDEFAULT;

	/**
	 * The cached value of the '{@link #getTags() <em>Tags</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTags()
	 * @generated
	 * @ordered
	 */
	protected EList<String> tags;

	/**
	 * The cached value of the '{@link #getOffice() <em>Office</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOffice()
	 * @generated
	 * @ordered
	 */
	protected Office office;

	/**
	 * The cached value of the '{@link #getSites() <em>Sites</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSites()
	 * @generated
	 * @ordered
	 */
	protected EList<Site> sites;

	/**
	 * The cached value of the '{@link #getContacts() <em>Contacts</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContacts()
	 * @generated
	 * @ordered
	 */
	protected EList<Contact> contacts;

	/**
	 * The cached value of the '{@link #getContracts() <em>Contracts</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContracts()
	 * @generated
	 * @ordered
	 */
	protected EList<ServiceContract> contracts;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CustomerImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return OpsPackage.Literals.CUSTOMER;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCode() {
		return code;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCode(String newCode) {
		String oldCode = code;
		code = newCode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OpsPackage.CUSTOMER__CODE, oldCode, code));
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
			eNotify(new ENotificationImpl(this, Notification.SET, OpsPackage.CUSTOMER__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Industry getIndustry() {
		return industry;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIndustry(Industry newIndustry) {
		Industry oldIndustry = industry;
		industry = newIndustry == null ? INDUSTRY_EDEFAULT : newIndustry;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OpsPackage.CUSTOMER__INDUSTRY, oldIndustry, industry));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getTags() {
		if (tags == null) {
			tags = new EDataTypeUniqueEList<String>(String.class, this, OpsPackage.CUSTOMER__TAGS);
		}
		return tags;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Office getOffice() {
		if (office != null && office.eIsProxy()) {
			InternalEObject oldOffice = (InternalEObject)office;
			office = (Office)eResolveProxy(oldOffice);
			if (office != oldOffice) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, OpsPackage.CUSTOMER__OFFICE, oldOffice, office));
			}
		}
		return office;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Office basicGetOffice() {
		return office;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOffice(Office newOffice) {
		Office oldOffice = office;
		office = newOffice;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OpsPackage.CUSTOMER__OFFICE, oldOffice, office));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Site> getSites() {
		if (sites == null) {
			sites = new EObjectContainmentEList<Site>(Site.class, this, OpsPackage.CUSTOMER__SITES);
		}
		return sites;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Contact> getContacts() {
		if (contacts == null) {
			contacts = new EObjectContainmentEList<Contact>(Contact.class, this, OpsPackage.CUSTOMER__CONTACTS);
		}
		return contacts;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ServiceContract> getContracts() {
		if (contracts == null) {
			contracts = new EObjectContainmentEList<ServiceContract>(ServiceContract.class, this, OpsPackage.CUSTOMER__CONTRACTS);
		}
		return contracts;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case OpsPackage.CUSTOMER__SITES:
				return ((InternalEList<?>)getSites()).basicRemove(otherEnd, msgs);
			case OpsPackage.CUSTOMER__CONTACTS:
				return ((InternalEList<?>)getContacts()).basicRemove(otherEnd, msgs);
			case OpsPackage.CUSTOMER__CONTRACTS:
				return ((InternalEList<?>)getContracts()).basicRemove(otherEnd, msgs);
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
			case OpsPackage.CUSTOMER__CODE:
				return getCode();
			case OpsPackage.CUSTOMER__NAME:
				return getName();
			case OpsPackage.CUSTOMER__INDUSTRY:
				return getIndustry();
			case OpsPackage.CUSTOMER__TAGS:
				return getTags();
			case OpsPackage.CUSTOMER__OFFICE:
				if (resolve) return getOffice();
				return basicGetOffice();
			case OpsPackage.CUSTOMER__SITES:
				return getSites();
			case OpsPackage.CUSTOMER__CONTACTS:
				return getContacts();
			case OpsPackage.CUSTOMER__CONTRACTS:
				return getContracts();
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
			case OpsPackage.CUSTOMER__CODE:
				setCode((String)newValue);
				return;
			case OpsPackage.CUSTOMER__NAME:
				setName((String)newValue);
				return;
			case OpsPackage.CUSTOMER__INDUSTRY:
				setIndustry((Industry)newValue);
				return;
			case OpsPackage.CUSTOMER__TAGS:
				getTags().clear();
				getTags().addAll((Collection<? extends String>)newValue);
				return;
			case OpsPackage.CUSTOMER__OFFICE:
				setOffice((Office)newValue);
				return;
			case OpsPackage.CUSTOMER__SITES:
				getSites().clear();
				getSites().addAll((Collection<? extends Site>)newValue);
				return;
			case OpsPackage.CUSTOMER__CONTACTS:
				getContacts().clear();
				getContacts().addAll((Collection<? extends Contact>)newValue);
				return;
			case OpsPackage.CUSTOMER__CONTRACTS:
				getContracts().clear();
				getContracts().addAll((Collection<? extends ServiceContract>)newValue);
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
			case OpsPackage.CUSTOMER__CODE:
				setCode(CODE_EDEFAULT);
				return;
			case OpsPackage.CUSTOMER__NAME:
				setName(NAME_EDEFAULT);
				return;
			case OpsPackage.CUSTOMER__INDUSTRY:
				setIndustry(INDUSTRY_EDEFAULT);
				return;
			case OpsPackage.CUSTOMER__TAGS:
				getTags().clear();
				return;
			case OpsPackage.CUSTOMER__OFFICE:
				setOffice((Office)null);
				return;
			case OpsPackage.CUSTOMER__SITES:
				getSites().clear();
				return;
			case OpsPackage.CUSTOMER__CONTACTS:
				getContacts().clear();
				return;
			case OpsPackage.CUSTOMER__CONTRACTS:
				getContracts().clear();
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
			case OpsPackage.CUSTOMER__CODE:
				return CODE_EDEFAULT == null ? code != null : !CODE_EDEFAULT.equals(code);
			case OpsPackage.CUSTOMER__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case OpsPackage.CUSTOMER__INDUSTRY:
				return industry != INDUSTRY_EDEFAULT;
			case OpsPackage.CUSTOMER__TAGS:
				return tags != null && !tags.isEmpty();
			case OpsPackage.CUSTOMER__OFFICE:
				return office != null;
			case OpsPackage.CUSTOMER__SITES:
				return sites != null && !sites.isEmpty();
			case OpsPackage.CUSTOMER__CONTACTS:
				return contacts != null && !contacts.isEmpty();
			case OpsPackage.CUSTOMER__CONTRACTS:
				return contracts != null && !contracts.isEmpty();
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
		result.append(" (code: ");
		result.append(code);
		result.append(", name: ");
		result.append(name);
		result.append(", industry: ");
		result.append(industry);
		result.append(", tags: ");
		result.append(tags);
		result.append(')');
		return result.toString();
	}

} //CustomerImpl
