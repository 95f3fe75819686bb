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

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.opsbench.model.BusinessCalendar;
import org.opsbench.model.CalendarDay;
import org.opsbench.model.OpsPackage;
import org.opsbench.model.WorkingHours;

import org.opsbench.model.base.PersistentObject;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Business Calendar</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.opsbench.model.impl.BusinessCalendarImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.opsbench.model.impl.BusinessCalendarImpl#getTimeZone <em>Time Zone</em>}</li>
 *   <li>{@link org.opsbench.model.impl.BusinessCalendarImpl#getWorkingHours <em>Working Hours</em>}</li>
 *   <li>{@link org.opsbench.model.impl.BusinessCalendarImpl#getHolidays <em>Holidays</em>}</li>
 *   <li>{@link org.opsbench.model.impl.BusinessCalendarImpl#getMakeUpDays <em>Make Up Days</em>}</li>
 * </ul>
 *
 * @generated
 */
public class BusinessCalendarImpl extends PersistentObject implements BusinessCalendar {
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
	 * The default value of the '{@link #getTimeZone() <em>Time Zone</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTimeZone()
	 * @generated
	 * @ordered
	 */
	protected static final String TIME_ZONE_EDEFAULT = "Asia/Shanghai";

	/**
	 * The cached value of the '{@link #getTimeZone() <em>Time Zone</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTimeZone()
	 * @generated
	 * @ordered
	 */
	protected String timeZone = TIME_ZONE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getWorkingHours() <em>Working Hours</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWorkingHours()
	 * @generated
	 * @ordered
	 */
	protected EList<WorkingHours> workingHours;

	/**
	 * The cached value of the '{@link #getHolidays() <em>Holidays</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHolidays()
	 * @generated
	 * @ordered
	 */
	protected EList<CalendarDay> holidays;

	/**
	 * The cached value of the '{@link #getMakeUpDays() <em>Make Up Days</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMakeUpDays()
	 * @generated
	 * @ordered
	 */
	protected EList<CalendarDay> makeUpDays;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected BusinessCalendarImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return OpsPackage.Literals.BUSINESS_CALENDAR;
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
			eNotify(new ENotificationImpl(this, Notification.SET, OpsPackage.BUSINESS_CALENDAR__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTimeZone() {
		return timeZone;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTimeZone(String newTimeZone) {
		String oldTimeZone = timeZone;
		timeZone = newTimeZone;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OpsPackage.BUSINESS_CALENDAR__TIME_ZONE, oldTimeZone, timeZone));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<WorkingHours> getWorkingHours() {
		if (workingHours == null) {
			workingHours = new EObjectContainmentEList<WorkingHours>(WorkingHours.class, this, OpsPackage.BUSINESS_CALENDAR__WORKING_HOURS);
		}
		return workingHours;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CalendarDay> getHolidays() {
		if (holidays == null) {
			holidays = new EObjectContainmentEList<CalendarDay>(CalendarDay.class, this, OpsPackage.BUSINESS_CALENDAR__HOLIDAYS);
		}
		return holidays;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CalendarDay> getMakeUpDays() {
		if (makeUpDays == null) {
			makeUpDays = new EObjectContainmentEList<CalendarDay>(CalendarDay.class, this, OpsPackage.BUSINESS_CALENDAR__MAKE_UP_DAYS);
		}
		return makeUpDays;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case OpsPackage.BUSINESS_CALENDAR__WORKING_HOURS:
				return ((InternalEList<?>)getWorkingHours()).basicRemove(otherEnd, msgs);
			case OpsPackage.BUSINESS_CALENDAR__HOLIDAYS:
				return ((InternalEList<?>)getHolidays()).basicRemove(otherEnd, msgs);
			case OpsPackage.BUSINESS_CALENDAR__MAKE_UP_DAYS:
				return ((InternalEList<?>)getMakeUpDays()).basicRemove(otherEnd, msgs);
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
			case OpsPackage.BUSINESS_CALENDAR__NAME:
				return getName();
			case OpsPackage.BUSINESS_CALENDAR__TIME_ZONE:
				return getTimeZone();
			case OpsPackage.BUSINESS_CALENDAR__WORKING_HOURS:
				return getWorkingHours();
			case OpsPackage.BUSINESS_CALENDAR__HOLIDAYS:
				return getHolidays();
			case OpsPackage.BUSINESS_CALENDAR__MAKE_UP_DAYS:
				return getMakeUpDays();
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
			case OpsPackage.BUSINESS_CALENDAR__NAME:
				setName((String)newValue);
				return;
			case OpsPackage.BUSINESS_CALENDAR__TIME_ZONE:
				setTimeZone((String)newValue);
				return;
			case OpsPackage.BUSINESS_CALENDAR__WORKING_HOURS:
				getWorkingHours().clear();
				getWorkingHours().addAll((Collection<? extends WorkingHours>)newValue);
				return;
			case OpsPackage.BUSINESS_CALENDAR__HOLIDAYS:
				getHolidays().clear();
				getHolidays().addAll((Collection<? extends CalendarDay>)newValue);
				return;
			case OpsPackage.BUSINESS_CALENDAR__MAKE_UP_DAYS:
				getMakeUpDays().clear();
				getMakeUpDays().addAll((Collection<? extends CalendarDay>)newValue);
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
			case OpsPackage.BUSINESS_CALENDAR__NAME:
				setName(NAME_EDEFAULT);
				return;
			case OpsPackage.BUSINESS_CALENDAR__TIME_ZONE:
				setTimeZone(TIME_ZONE_EDEFAULT);
				return;
			case OpsPackage.BUSINESS_CALENDAR__WORKING_HOURS:
				getWorkingHours().clear();
				return;
			case OpsPackage.BUSINESS_CALENDAR__HOLIDAYS:
				getHolidays().clear();
				return;
			case OpsPackage.BUSINESS_CALENDAR__MAKE_UP_DAYS:
				getMakeUpDays().clear();
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
			case OpsPackage.BUSINESS_CALENDAR__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case OpsPackage.BUSINESS_CALENDAR__TIME_ZONE:
				return TIME_ZONE_EDEFAULT == null ? timeZone != null : !TIME_ZONE_EDEFAULT.equals(timeZone);
			case OpsPackage.BUSINESS_CALENDAR__WORKING_HOURS:
				return workingHours != null && !workingHours.isEmpty();
			case OpsPackage.BUSINESS_CALENDAR__HOLIDAYS:
				return holidays != null && !holidays.isEmpty();
			case OpsPackage.BUSINESS_CALENDAR__MAKE_UP_DAYS:
				return makeUpDays != null && !makeUpDays.isEmpty();
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
		result.append(", timeZone: ");
		result.append(timeZone);
		result.append(')');
		return result.toString();
	}

} //BusinessCalendarImpl
