/**
 */
package org.opsbench.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Business Calendar</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Working hours, public holidays and make-up working days SLA clocks run on. Aggregate root.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.opsbench.model.BusinessCalendar#getName <em>Name</em>}</li>
 *   <li>{@link org.opsbench.model.BusinessCalendar#getTimeZone <em>Time Zone</em>}</li>
 *   <li>{@link org.opsbench.model.BusinessCalendar#getWorkingHours <em>Working Hours</em>}</li>
 *   <li>{@link org.opsbench.model.BusinessCalendar#getHolidays <em>Holidays</em>}</li>
 *   <li>{@link org.opsbench.model.BusinessCalendar#getMakeUpDays <em>Make Up Days</em>}</li>
 * </ul>
 *
 * @see org.opsbench.model.OpsPackage#getBusinessCalendar()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='noDayBothHolidayAndMakeUpDay validTimeZone'"
 * @generated
 */
public interface BusinessCalendar extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Unique calendar name.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.opsbench.model.OpsPackage#getBusinessCalendar_Name()
	 * @model required="true"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.opsbench.model.BusinessCalendar#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Time Zone</b></em>' attribute.
	 * The default value is <code>"Asia/Shanghai"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * IANA time zone id, e.g. Asia/Shanghai.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Time Zone</em>' attribute.
	 * @see #setTimeZone(String)
	 * @see org.opsbench.model.OpsPackage#getBusinessCalendar_TimeZone()
	 * @model default="Asia/Shanghai"
	 * @generated
	 */
	String getTimeZone();

	/**
	 * Sets the value of the '{@link org.opsbench.model.BusinessCalendar#getTimeZone <em>Time Zone</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Time Zone</em>' attribute.
	 * @see #getTimeZone()
	 * @generated
	 */
	void setTimeZone(String value);

	/**
	 * Returns the value of the '<em><b>Working Hours</b></em>' containment reference list.
	 * The list contents are of type {@link org.opsbench.model.WorkingHours}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Working hours per weekday; a weekday without entry is not worked.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Working Hours</em>' containment reference list.
	 * @see org.opsbench.model.OpsPackage#getBusinessCalendar_WorkingHours()
	 * @model containment="true"
	 * @generated
	 */
	EList<WorkingHours> getWorkingHours();

	/**
	 * Returns the value of the '<em><b>Holidays</b></em>' containment reference list.
	 * The list contents are of type {@link org.opsbench.model.CalendarDay}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Public holidays: days not worked although their weekday is.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Holidays</em>' containment reference list.
	 * @see org.opsbench.model.OpsPackage#getBusinessCalendar_Holidays()
	 * @model containment="true"
	 * @generated
	 */
	EList<CalendarDay> getHolidays();

	/**
	 * Returns the value of the '<em><b>Make Up Days</b></em>' containment reference list.
	 * The list contents are of type {@link org.opsbench.model.CalendarDay}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Make-up working days (调休): days worked although their weekday is not.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Make Up Days</em>' containment reference list.
	 * @see org.opsbench.model.OpsPackage#getBusinessCalendar_MakeUpDays()
	 * @model containment="true"
	 * @generated
	 */
	EList<CalendarDay> getMakeUpDays();

} // BusinessCalendar
