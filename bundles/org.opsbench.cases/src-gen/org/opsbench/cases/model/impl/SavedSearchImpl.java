/**
 */
package org.opsbench.cases.model.impl;

import java.time.Instant;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.opsbench.cases.model.CaseKind;
import org.opsbench.cases.model.CaseStatus;
import org.opsbench.cases.model.CasesPackage;
import org.opsbench.cases.model.SavedSearch;

import org.opsbench.model.Customer;
import org.opsbench.model.Engineer;

import org.opsbench.model.base.PersistentObject;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Saved Search</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.opsbench.cases.model.impl.SavedSearchImpl#getOwner <em>Owner</em>}</li>
 *   <li>{@link org.opsbench.cases.model.impl.SavedSearchImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.opsbench.cases.model.impl.SavedSearchImpl#isShared <em>Shared</em>}</li>
 *   <li>{@link org.opsbench.cases.model.impl.SavedSearchImpl#getText <em>Text</em>}</li>
 *   <li>{@link org.opsbench.cases.model.impl.SavedSearchImpl#getVendor <em>Vendor</em>}</li>
 *   <li>{@link org.opsbench.cases.model.impl.SavedSearchImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.opsbench.cases.model.impl.SavedSearchImpl#isKindSet <em>Kind Set</em>}</li>
 *   <li>{@link org.opsbench.cases.model.impl.SavedSearchImpl#getOpenedFrom <em>Opened From</em>}</li>
 *   <li>{@link org.opsbench.cases.model.impl.SavedSearchImpl#getOpenedBefore <em>Opened Before</em>}</li>
 *   <li>{@link org.opsbench.cases.model.impl.SavedSearchImpl#getCustomer <em>Customer</em>}</li>
 *   <li>{@link org.opsbench.cases.model.impl.SavedSearchImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.opsbench.cases.model.impl.SavedSearchImpl#isStatusSet <em>Status Set</em>}</li>
 *   <li>{@link org.opsbench.cases.model.impl.SavedSearchImpl#getSeverity <em>Severity</em>}</li>
 *   <li>{@link org.opsbench.cases.model.impl.SavedSearchImpl#getEngineer <em>Engineer</em>}</li>
 *   <li>{@link org.opsbench.cases.model.impl.SavedSearchImpl#isWithClosed <em>With Closed</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SavedSearchImpl extends PersistentObject implements SavedSearch {
	/**
	 * The default value of the '{@link #getOwner() <em>Owner</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOwner()
	 * @generated
	 * @ordered
	 */
	protected static final String OWNER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOwner() <em>Owner</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOwner()
	 * @generated
	 * @ordered
	 */
	protected String owner = OWNER_EDEFAULT;

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
	 * The default value of the '{@link #isShared() <em>Shared</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isShared()
	 * @generated
	 * @ordered
	 */
	protected static final boolean SHARED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isShared() <em>Shared</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isShared()
	 * @generated
	 * @ordered
	 */
	protected boolean shared = SHARED_EDEFAULT;

	/**
	 * The default value of the '{@link #getText() <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getText()
	 * @generated
	 * @ordered
	 */
	protected static final String TEXT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getText() <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getText()
	 * @generated
	 * @ordered
	 */
	protected String text = TEXT_EDEFAULT;

	/**
	 * The default value of the '{@link #getVendor() <em>Vendor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVendor()
	 * @generated
	 * @ordered
	 */
	protected static final String VENDOR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getVendor() <em>Vendor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVendor()
	 * @generated
	 * @ordered
	 */
	protected String vendor = VENDOR_EDEFAULT;

	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final CaseKind KIND_EDEFAULT = CaseKind.CONSULTATION;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected CaseKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #isKindSet() <em>Kind Set</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isKindSet()
	 * @generated
	 * @ordered
	 */
	protected static final boolean KIND_SET_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isKindSet() <em>Kind Set</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isKindSet()
	 * @generated
	 * @ordered
	 */
	protected boolean kindSet = KIND_SET_EDEFAULT;

	/**
	 * The default value of the '{@link #getOpenedFrom() <em>Opened From</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOpenedFrom()
	 * @generated
	 * @ordered
	 */
	protected static final Instant OPENED_FROM_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOpenedFrom() <em>Opened From</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOpenedFrom()
	 * @generated
	 * @ordered
	 */
	protected Instant openedFrom = OPENED_FROM_EDEFAULT;

	/**
	 * The default value of the '{@link #getOpenedBefore() <em>Opened Before</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOpenedBefore()
	 * @generated
	 * @ordered
	 */
	protected static final Instant OPENED_BEFORE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOpenedBefore() <em>Opened Before</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOpenedBefore()
	 * @generated
	 * @ordered
	 */
	protected Instant openedBefore = OPENED_BEFORE_EDEFAULT;

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
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final CaseStatus STATUS_EDEFAULT = CaseStatus.SUBMITTED;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected CaseStatus status = STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #isStatusSet() <em>Status Set</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isStatusSet()
	 * @generated
	 * @ordered
	 */
	protected static final boolean STATUS_SET_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isStatusSet() <em>Status Set</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isStatusSet()
	 * @generated
	 * @ordered
	 */
	protected boolean statusSet = STATUS_SET_EDEFAULT;

	/**
	 * The default value of the '{@link #getSeverity() <em>Severity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeverity()
	 * @generated
	 * @ordered
	 */
	protected static final String SEVERITY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSeverity() <em>Severity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeverity()
	 * @generated
	 * @ordered
	 */
	protected String severity = SEVERITY_EDEFAULT;

	/**
	 * The cached value of the '{@link #getEngineer() <em>Engineer</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEngineer()
	 * @generated
	 * @ordered
	 */
	protected Engineer engineer;

	/**
	 * The default value of the '{@link #isWithClosed() <em>With Closed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isWithClosed()
	 * @generated
	 * @ordered
	 */
	protected static final boolean WITH_CLOSED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isWithClosed() <em>With Closed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isWithClosed()
	 * @generated
	 * @ordered
	 */
	protected boolean withClosed = WITH_CLOSED_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SavedSearchImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CasesPackage.Literals.SAVED_SEARCH;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOwner() {
		return owner;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOwner(String newOwner) {
		String oldOwner = owner;
		owner = newOwner;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasesPackage.SAVED_SEARCH__OWNER, oldOwner, owner));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CasesPackage.SAVED_SEARCH__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isShared() {
		return shared;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setShared(boolean newShared) {
		boolean oldShared = shared;
		shared = newShared;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasesPackage.SAVED_SEARCH__SHARED, oldShared, shared));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText() {
		return text;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setText(String newText) {
		String oldText = text;
		text = newText;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasesPackage.SAVED_SEARCH__TEXT, oldText, text));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getVendor() {
		return vendor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVendor(String newVendor) {
		String oldVendor = vendor;
		vendor = newVendor;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasesPackage.SAVED_SEARCH__VENDOR, oldVendor, vendor));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CaseKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(CaseKind newKind) {
		CaseKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasesPackage.SAVED_SEARCH__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isKindSet() {
		return kindSet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKindSet(boolean newKindSet) {
		boolean oldKindSet = kindSet;
		kindSet = newKindSet;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasesPackage.SAVED_SEARCH__KIND_SET, oldKindSet, kindSet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getOpenedFrom() {
		return openedFrom;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOpenedFrom(Instant newOpenedFrom) {
		Instant oldOpenedFrom = openedFrom;
		openedFrom = newOpenedFrom;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasesPackage.SAVED_SEARCH__OPENED_FROM, oldOpenedFrom, openedFrom));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getOpenedBefore() {
		return openedBefore;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOpenedBefore(Instant newOpenedBefore) {
		Instant oldOpenedBefore = openedBefore;
		openedBefore = newOpenedBefore;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasesPackage.SAVED_SEARCH__OPENED_BEFORE, oldOpenedBefore, openedBefore));
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, CasesPackage.SAVED_SEARCH__CUSTOMER, oldCustomer, customer));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CasesPackage.SAVED_SEARCH__CUSTOMER, oldCustomer, customer));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CaseStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(CaseStatus newStatus) {
		CaseStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasesPackage.SAVED_SEARCH__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isStatusSet() {
		return statusSet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatusSet(boolean newStatusSet) {
		boolean oldStatusSet = statusSet;
		statusSet = newStatusSet;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasesPackage.SAVED_SEARCH__STATUS_SET, oldStatusSet, statusSet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSeverity() {
		return severity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSeverity(String newSeverity) {
		String oldSeverity = severity;
		severity = newSeverity;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasesPackage.SAVED_SEARCH__SEVERITY, oldSeverity, severity));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Engineer getEngineer() {
		if (engineer != null && engineer.eIsProxy()) {
			InternalEObject oldEngineer = (InternalEObject)engineer;
			engineer = (Engineer)eResolveProxy(oldEngineer);
			if (engineer != oldEngineer) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, CasesPackage.SAVED_SEARCH__ENGINEER, oldEngineer, engineer));
			}
		}
		return engineer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Engineer basicGetEngineer() {
		return engineer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEngineer(Engineer newEngineer) {
		Engineer oldEngineer = engineer;
		engineer = newEngineer;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasesPackage.SAVED_SEARCH__ENGINEER, oldEngineer, engineer));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isWithClosed() {
		return withClosed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWithClosed(boolean newWithClosed) {
		boolean oldWithClosed = withClosed;
		withClosed = newWithClosed;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasesPackage.SAVED_SEARCH__WITH_CLOSED, oldWithClosed, withClosed));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CasesPackage.SAVED_SEARCH__OWNER:
				return getOwner();
			case CasesPackage.SAVED_SEARCH__NAME:
				return getName();
			case CasesPackage.SAVED_SEARCH__SHARED:
				return isShared();
			case CasesPackage.SAVED_SEARCH__TEXT:
				return getText();
			case CasesPackage.SAVED_SEARCH__VENDOR:
				return getVendor();
			case CasesPackage.SAVED_SEARCH__KIND:
				return getKind();
			case CasesPackage.SAVED_SEARCH__KIND_SET:
				return isKindSet();
			case CasesPackage.SAVED_SEARCH__OPENED_FROM:
				return getOpenedFrom();
			case CasesPackage.SAVED_SEARCH__OPENED_BEFORE:
				return getOpenedBefore();
			case CasesPackage.SAVED_SEARCH__CUSTOMER:
				if (resolve) return getCustomer();
				return basicGetCustomer();
			case CasesPackage.SAVED_SEARCH__STATUS:
				return getStatus();
			case CasesPackage.SAVED_SEARCH__STATUS_SET:
				return isStatusSet();
			case CasesPackage.SAVED_SEARCH__SEVERITY:
				return getSeverity();
			case CasesPackage.SAVED_SEARCH__ENGINEER:
				if (resolve) return getEngineer();
				return basicGetEngineer();
			case CasesPackage.SAVED_SEARCH__WITH_CLOSED:
				return isWithClosed();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case CasesPackage.SAVED_SEARCH__OWNER:
				setOwner((String)newValue);
				return;
			case CasesPackage.SAVED_SEARCH__NAME:
				setName((String)newValue);
				return;
			case CasesPackage.SAVED_SEARCH__SHARED:
				setShared((Boolean)newValue);
				return;
			case CasesPackage.SAVED_SEARCH__TEXT:
				setText((String)newValue);
				return;
			case CasesPackage.SAVED_SEARCH__VENDOR:
				setVendor((String)newValue);
				return;
			case CasesPackage.SAVED_SEARCH__KIND:
				setKind((CaseKind)newValue);
				return;
			case CasesPackage.SAVED_SEARCH__KIND_SET:
				setKindSet((Boolean)newValue);
				return;
			case CasesPackage.SAVED_SEARCH__OPENED_FROM:
				setOpenedFrom((Instant)newValue);
				return;
			case CasesPackage.SAVED_SEARCH__OPENED_BEFORE:
				setOpenedBefore((Instant)newValue);
				return;
			case CasesPackage.SAVED_SEARCH__CUSTOMER:
				setCustomer((Customer)newValue);
				return;
			case CasesPackage.SAVED_SEARCH__STATUS:
				setStatus((CaseStatus)newValue);
				return;
			case CasesPackage.SAVED_SEARCH__STATUS_SET:
				setStatusSet((Boolean)newValue);
				return;
			case CasesPackage.SAVED_SEARCH__SEVERITY:
				setSeverity((String)newValue);
				return;
			case CasesPackage.SAVED_SEARCH__ENGINEER:
				setEngineer((Engineer)newValue);
				return;
			case CasesPackage.SAVED_SEARCH__WITH_CLOSED:
				setWithClosed((Boolean)newValue);
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
			case CasesPackage.SAVED_SEARCH__OWNER:
				setOwner(OWNER_EDEFAULT);
				return;
			case CasesPackage.SAVED_SEARCH__NAME:
				setName(NAME_EDEFAULT);
				return;
			case CasesPackage.SAVED_SEARCH__SHARED:
				setShared(SHARED_EDEFAULT);
				return;
			case CasesPackage.SAVED_SEARCH__TEXT:
				setText(TEXT_EDEFAULT);
				return;
			case CasesPackage.SAVED_SEARCH__VENDOR:
				setVendor(VENDOR_EDEFAULT);
				return;
			case CasesPackage.SAVED_SEARCH__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case CasesPackage.SAVED_SEARCH__KIND_SET:
				setKindSet(KIND_SET_EDEFAULT);
				return;
			case CasesPackage.SAVED_SEARCH__OPENED_FROM:
				setOpenedFrom(OPENED_FROM_EDEFAULT);
				return;
			case CasesPackage.SAVED_SEARCH__OPENED_BEFORE:
				setOpenedBefore(OPENED_BEFORE_EDEFAULT);
				return;
			case CasesPackage.SAVED_SEARCH__CUSTOMER:
				setCustomer((Customer)null);
				return;
			case CasesPackage.SAVED_SEARCH__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case CasesPackage.SAVED_SEARCH__STATUS_SET:
				setStatusSet(STATUS_SET_EDEFAULT);
				return;
			case CasesPackage.SAVED_SEARCH__SEVERITY:
				setSeverity(SEVERITY_EDEFAULT);
				return;
			case CasesPackage.SAVED_SEARCH__ENGINEER:
				setEngineer((Engineer)null);
				return;
			case CasesPackage.SAVED_SEARCH__WITH_CLOSED:
				setWithClosed(WITH_CLOSED_EDEFAULT);
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
			case CasesPackage.SAVED_SEARCH__OWNER:
				return OWNER_EDEFAULT == null ? owner != null : !OWNER_EDEFAULT.equals(owner);
			case CasesPackage.SAVED_SEARCH__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case CasesPackage.SAVED_SEARCH__SHARED:
				return shared != SHARED_EDEFAULT;
			case CasesPackage.SAVED_SEARCH__TEXT:
				return TEXT_EDEFAULT == null ? text != null : !TEXT_EDEFAULT.equals(text);
			case CasesPackage.SAVED_SEARCH__VENDOR:
				return VENDOR_EDEFAULT == null ? vendor != null : !VENDOR_EDEFAULT.equals(vendor);
			case CasesPackage.SAVED_SEARCH__KIND:
				return kind != KIND_EDEFAULT;
			case CasesPackage.SAVED_SEARCH__KIND_SET:
				return kindSet != KIND_SET_EDEFAULT;
			case CasesPackage.SAVED_SEARCH__OPENED_FROM:
				return OPENED_FROM_EDEFAULT == null ? openedFrom != null : !OPENED_FROM_EDEFAULT.equals(openedFrom);
			case CasesPackage.SAVED_SEARCH__OPENED_BEFORE:
				return OPENED_BEFORE_EDEFAULT == null ? openedBefore != null : !OPENED_BEFORE_EDEFAULT.equals(openedBefore);
			case CasesPackage.SAVED_SEARCH__CUSTOMER:
				return customer != null;
			case CasesPackage.SAVED_SEARCH__STATUS:
				return status != STATUS_EDEFAULT;
			case CasesPackage.SAVED_SEARCH__STATUS_SET:
				return statusSet != STATUS_SET_EDEFAULT;
			case CasesPackage.SAVED_SEARCH__SEVERITY:
				return SEVERITY_EDEFAULT == null ? severity != null : !SEVERITY_EDEFAULT.equals(severity);
			case CasesPackage.SAVED_SEARCH__ENGINEER:
				return engineer != null;
			case CasesPackage.SAVED_SEARCH__WITH_CLOSED:
				return withClosed != WITH_CLOSED_EDEFAULT;
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
		result.append(" (owner: ");
		result.append(owner);
		result.append(", name: ");
		result.append(name);
		result.append(", shared: ");
		result.append(shared);
		result.append(", text: ");
		result.append(text);
		result.append(", vendor: ");
		result.append(vendor);
		result.append(", kind: ");
		result.append(kind);
		result.append(", kindSet: ");
		result.append(kindSet);
		result.append(", openedFrom: ");
		result.append(openedFrom);
		result.append(", openedBefore: ");
		result.append(openedBefore);
		result.append(", status: ");
		result.append(status);
		result.append(", statusSet: ");
		result.append(statusSet);
		result.append(", severity: ");
		result.append(severity);
		result.append(", withClosed: ");
		result.append(withClosed);
		result.append(')');
		return result.toString();
	}

} //SavedSearchImpl
