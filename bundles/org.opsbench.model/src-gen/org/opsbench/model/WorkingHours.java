/**
 */
package org.opsbench.model;

import java.time.LocalTime;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Working Hours</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Working hours on one weekday.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.opsbench.model.WorkingHours#getDay <em>Day</em>}</li>
 *   <li>{@link org.opsbench.model.WorkingHours#getStart <em>Start</em>}</li>
 *   <li>{@link org.opsbench.model.WorkingHours#getEnd <em>End</em>}</li>
 * </ul>
 *
 * @see org.opsbench.model.OpsPackage#getWorkingHours()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='endAfterStart'"
 * @generated
 */
public interface WorkingHours extends EObject {
	/**
	 * Returns the value of the '<em><b>Day</b></em>' attribute.
	 * The literals are from the enumeration {@link org.opsbench.model.Weekday}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Weekday.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Day</em>' attribute.
	 * @see org.opsbench.model.Weekday
	 * @see #setDay(Weekday)
	 * @see org.opsbench.model.OpsPackage#getWorkingHours_Day()
	 * @model required="true"
	 * @generated
	 */
	Weekday getDay();

	/**
	 * Sets the value of the '{@link org.opsbench.model.WorkingHours#getDay <em>Day</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Day</em>' attribute.
	 * @see org.opsbench.model.Weekday
	 * @see #getDay()
	 * @generated
	 */
	void setDay(Weekday value);

	/**
	 * Returns the value of the '<em><b>Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Start of work.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Start</em>' attribute.
	 * @see #setStart(LocalTime)
	 * @see org.opsbench.model.OpsPackage#getWorkingHours_Start()
	 * @model dataType="org.opsbench.model.LocalTime" required="true"
	 * @generated
	 */
	LocalTime getStart();

	/**
	 * Sets the value of the '{@link org.opsbench.model.WorkingHours#getStart <em>Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Start</em>' attribute.
	 * @see #getStart()
	 * @generated
	 */
	void setStart(LocalTime value);

	/**
	 * Returns the value of the '<em><b>End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * End of work; 24:00 is written 00:00 of the next day as end.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>End</em>' attribute.
	 * @see #setEnd(LocalTime)
	 * @see org.opsbench.model.OpsPackage#getWorkingHours_End()
	 * @model dataType="org.opsbench.model.LocalTime" required="true"
	 * @generated
	 */
	LocalTime getEnd();

	/**
	 * Sets the value of the '{@link org.opsbench.model.WorkingHours#getEnd <em>End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>End</em>' attribute.
	 * @see #getEnd()
	 * @generated
	 */
	void setEnd(LocalTime value);

} // WorkingHours
