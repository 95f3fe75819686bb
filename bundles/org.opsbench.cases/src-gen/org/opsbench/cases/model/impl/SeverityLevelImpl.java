/**
 */
package org.opsbench.cases.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.opsbench.cases.model.CasesPackage;
import org.opsbench.cases.model.SeverityLevel;

import org.opsbench.model.base.PersistentObject;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Severity Level</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.opsbench.cases.model.impl.SeverityLevelImpl#getCode <em>Code</em>}</li>
 *   <li>{@link org.opsbench.cases.model.impl.SeverityLevelImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.opsbench.cases.model.impl.SeverityLevelImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.opsbench.cases.model.impl.SeverityLevelImpl#getResponseMinutes <em>Response Minutes</em>}</li>
 *   <li>{@link org.opsbench.cases.model.impl.SeverityLevelImpl#getResolveMinutes <em>Resolve Minutes</em>}</li>
 *   <li>{@link org.opsbench.cases.model.impl.SeverityLevelImpl#getEngineers <em>Engineers</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SeverityLevelImpl extends PersistentObject implements SeverityLevel {
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
	 * The default value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected String description = DESCRIPTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getResponseMinutes() <em>Response Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResponseMinutes()
	 * @generated
	 * @ordered
	 */
	protected static final int RESPONSE_MINUTES_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getResponseMinutes() <em>Response Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResponseMinutes()
	 * @generated
	 * @ordered
	 */
	protected int responseMinutes = RESPONSE_MINUTES_EDEFAULT;

	/**
	 * The default value of the '{@link #getResolveMinutes() <em>Resolve Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResolveMinutes()
	 * @generated
	 * @ordered
	 */
	protected static final int RESOLVE_MINUTES_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getResolveMinutes() <em>Resolve Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResolveMinutes()
	 * @generated
	 * @ordered
	 */
	protected int resolveMinutes = RESOLVE_MINUTES_EDEFAULT;

	/**
	 * The default value of the '{@link #getEngineers() <em>Engineers</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEngineers()
	 * @generated
	 * @ordered
	 */
	protected static final int ENGINEERS_EDEFAULT = 1;

	/**
	 * The cached value of the '{@link #getEngineers() <em>Engineers</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEngineers()
	 * @generated
	 * @ordered
	 */
	protected int engineers = ENGINEERS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SeverityLevelImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CasesPackage.Literals.SEVERITY_LEVEL;
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
			eNotify(new ENotificationImpl(this, Notification.SET, CasesPackage.SEVERITY_LEVEL__CODE, oldCode, code));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CasesPackage.SEVERITY_LEVEL__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescription() {
		return description;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(String newDescription) {
		String oldDescription = description;
		description = newDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasesPackage.SEVERITY_LEVEL__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getResponseMinutes() {
		return responseMinutes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setResponseMinutes(int newResponseMinutes) {
		int oldResponseMinutes = responseMinutes;
		responseMinutes = newResponseMinutes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasesPackage.SEVERITY_LEVEL__RESPONSE_MINUTES, oldResponseMinutes, responseMinutes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getResolveMinutes() {
		return resolveMinutes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setResolveMinutes(int newResolveMinutes) {
		int oldResolveMinutes = resolveMinutes;
		resolveMinutes = newResolveMinutes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasesPackage.SEVERITY_LEVEL__RESOLVE_MINUTES, oldResolveMinutes, resolveMinutes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getEngineers() {
		return engineers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEngineers(int newEngineers) {
		int oldEngineers = engineers;
		engineers = newEngineers;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasesPackage.SEVERITY_LEVEL__ENGINEERS, oldEngineers, engineers));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CasesPackage.SEVERITY_LEVEL__CODE:
				return getCode();
			case CasesPackage.SEVERITY_LEVEL__NAME:
				return getName();
			case CasesPackage.SEVERITY_LEVEL__DESCRIPTION:
				return getDescription();
			case CasesPackage.SEVERITY_LEVEL__RESPONSE_MINUTES:
				return getResponseMinutes();
			case CasesPackage.SEVERITY_LEVEL__RESOLVE_MINUTES:
				return getResolveMinutes();
			case CasesPackage.SEVERITY_LEVEL__ENGINEERS:
				return getEngineers();
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
			case CasesPackage.SEVERITY_LEVEL__CODE:
				setCode((String)newValue);
				return;
			case CasesPackage.SEVERITY_LEVEL__NAME:
				setName((String)newValue);
				return;
			case CasesPackage.SEVERITY_LEVEL__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case CasesPackage.SEVERITY_LEVEL__RESPONSE_MINUTES:
				setResponseMinutes((Integer)newValue);
				return;
			case CasesPackage.SEVERITY_LEVEL__RESOLVE_MINUTES:
				setResolveMinutes((Integer)newValue);
				return;
			case CasesPackage.SEVERITY_LEVEL__ENGINEERS:
				setEngineers((Integer)newValue);
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
			case CasesPackage.SEVERITY_LEVEL__CODE:
				setCode(CODE_EDEFAULT);
				return;
			case CasesPackage.SEVERITY_LEVEL__NAME:
				setName(NAME_EDEFAULT);
				return;
			case CasesPackage.SEVERITY_LEVEL__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case CasesPackage.SEVERITY_LEVEL__RESPONSE_MINUTES:
				setResponseMinutes(RESPONSE_MINUTES_EDEFAULT);
				return;
			case CasesPackage.SEVERITY_LEVEL__RESOLVE_MINUTES:
				setResolveMinutes(RESOLVE_MINUTES_EDEFAULT);
				return;
			case CasesPackage.SEVERITY_LEVEL__ENGINEERS:
				setEngineers(ENGINEERS_EDEFAULT);
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
			case CasesPackage.SEVERITY_LEVEL__CODE:
				return CODE_EDEFAULT == null ? code != null : !CODE_EDEFAULT.equals(code);
			case CasesPackage.SEVERITY_LEVEL__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case CasesPackage.SEVERITY_LEVEL__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case CasesPackage.SEVERITY_LEVEL__RESPONSE_MINUTES:
				return responseMinutes != RESPONSE_MINUTES_EDEFAULT;
			case CasesPackage.SEVERITY_LEVEL__RESOLVE_MINUTES:
				return resolveMinutes != RESOLVE_MINUTES_EDEFAULT;
			case CasesPackage.SEVERITY_LEVEL__ENGINEERS:
				return engineers != ENGINEERS_EDEFAULT;
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
		result.append(", description: ");
		result.append(description);
		result.append(", responseMinutes: ");
		result.append(responseMinutes);
		result.append(", resolveMinutes: ");
		result.append(resolveMinutes);
		result.append(", engineers: ");
		result.append(engineers);
		result.append(')');
		return result.toString();
	}

} //SeverityLevelImpl
