/**
 */
package org.opsbench.cases.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Activity Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * What an activity record tells.
 * <!-- end-model-doc -->
 * @see org.opsbench.cases.model.CasesPackage#getActivityKind()
 * @model
 * @generated
 */
public enum ActivityKind implements Enumerator {
	/**
	 * The '<em><b>CALL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Phone call
	 * <!-- end-model-doc -->
	 * @see #CALL_VALUE
	 * @generated
	 * @ordered
	 */
	CALL(0, "CALL", "call"),

	/**
	 * The '<em><b>REMOTE SESSION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Remote session
	 * <!-- end-model-doc -->
	 * @see #REMOTE_SESSION_VALUE
	 * @generated
	 * @ordered
	 */
	REMOTE_SESSION(1, "REMOTE_SESSION", "remoteSession"),

	/**
	 * The '<em><b>ON SITE VISIT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * On-site visit
	 * <!-- end-model-doc -->
	 * @see #ON_SITE_VISIT_VALUE
	 * @generated
	 * @ordered
	 */
	ON_SITE_VISIT(2, "ON_SITE_VISIT", "onSiteVisit"),

	/**
	 * The '<em><b>RMA REQUEST</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * RMA request
	 * <!-- end-model-doc -->
	 * @see #RMA_REQUEST_VALUE
	 * @generated
	 * @ordered
	 */
	RMA_REQUEST(3, "RMA_REQUEST", "rmaRequest"),

	/**
	 * The '<em><b>NOTE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Note
	 * <!-- end-model-doc -->
	 * @see #NOTE_VALUE
	 * @generated
	 * @ordered
	 */
	NOTE(4, "NOTE", "note"),

	/**
	 * The '<em><b>SEVERITY CHANGE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Severity change
	 * <!-- end-model-doc -->
	 * @see #SEVERITY_CHANGE_VALUE
	 * @generated
	 * @ordered
	 */
	SEVERITY_CHANGE(5, "SEVERITY_CHANGE", "severityChange"),

	/**
	 * The '<em><b>STATUS CHANGE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Status change
	 * <!-- end-model-doc -->
	 * @see #STATUS_CHANGE_VALUE
	 * @generated
	 * @ordered
	 */
	STATUS_CHANGE(6, "STATUS_CHANGE", "statusChange"),

	/**
	 * The '<em><b>ASSIGNMENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Assignment
	 * <!-- end-model-doc -->
	 * @see #ASSIGNMENT_VALUE
	 * @generated
	 * @ordered
	 */
	ASSIGNMENT(7, "ASSIGNMENT", "assignment"),

	/**
	 * The '<em><b>ESCALATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Escalation
	 * <!-- end-model-doc -->
	 * @see #ESCALATION_VALUE
	 * @generated
	 * @ordered
	 */
	ESCALATION(8, "ESCALATION", "escalation"),

	/**
	 * The '<em><b>REMINDER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Reminder
	 * <!-- end-model-doc -->
	 * @see #REMINDER_VALUE
	 * @generated
	 * @ordered
	 */
	REMINDER(9, "REMINDER", "reminder"),

	/**
	 * The '<em><b>SURVEY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Satisfaction survey
	 * <!-- end-model-doc -->
	 * @see #SURVEY_VALUE
	 * @generated
	 * @ordered
	 */
	SURVEY(10, "SURVEY", "survey"),

	/**
	 * The '<em><b>COMPLAINT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Complaint
	 * <!-- end-model-doc -->
	 * @see #COMPLAINT_VALUE
	 * @generated
	 * @ordered
	 */
	COMPLAINT(11, "COMPLAINT", "complaint"),

	/**
	 * The '<em><b>OPENED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Case opened
	 * <!-- end-model-doc -->
	 * @see #OPENED_VALUE
	 * @generated
	 * @ordered
	 */
	OPENED(12, "OPENED", "opened");

	/**
	 * The '<em><b>CALL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Phone call
	 * <!-- end-model-doc -->
	 * @see #CALL
	 * @model literal="call"
	 * @generated
	 * @ordered
	 */
	public static final int CALL_VALUE = 0;

	/**
	 * The '<em><b>REMOTE SESSION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Remote session
	 * <!-- end-model-doc -->
	 * @see #REMOTE_SESSION
	 * @model literal="remoteSession"
	 * @generated
	 * @ordered
	 */
	public static final int REMOTE_SESSION_VALUE = 1;

	/**
	 * The '<em><b>ON SITE VISIT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * On-site visit
	 * <!-- end-model-doc -->
	 * @see #ON_SITE_VISIT
	 * @model literal="onSiteVisit"
	 * @generated
	 * @ordered
	 */
	public static final int ON_SITE_VISIT_VALUE = 2;

	/**
	 * The '<em><b>RMA REQUEST</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * RMA request
	 * <!-- end-model-doc -->
	 * @see #RMA_REQUEST
	 * @model literal="rmaRequest"
	 * @generated
	 * @ordered
	 */
	public static final int RMA_REQUEST_VALUE = 3;

	/**
	 * The '<em><b>NOTE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Note
	 * <!-- end-model-doc -->
	 * @see #NOTE
	 * @model literal="note"
	 * @generated
	 * @ordered
	 */
	public static final int NOTE_VALUE = 4;

	/**
	 * The '<em><b>SEVERITY CHANGE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Severity change
	 * <!-- end-model-doc -->
	 * @see #SEVERITY_CHANGE
	 * @model literal="severityChange"
	 * @generated
	 * @ordered
	 */
	public static final int SEVERITY_CHANGE_VALUE = 5;

	/**
	 * The '<em><b>STATUS CHANGE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Status change
	 * <!-- end-model-doc -->
	 * @see #STATUS_CHANGE
	 * @model literal="statusChange"
	 * @generated
	 * @ordered
	 */
	public static final int STATUS_CHANGE_VALUE = 6;

	/**
	 * The '<em><b>ASSIGNMENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Assignment
	 * <!-- end-model-doc -->
	 * @see #ASSIGNMENT
	 * @model literal="assignment"
	 * @generated
	 * @ordered
	 */
	public static final int ASSIGNMENT_VALUE = 7;

	/**
	 * The '<em><b>ESCALATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Escalation
	 * <!-- end-model-doc -->
	 * @see #ESCALATION
	 * @model literal="escalation"
	 * @generated
	 * @ordered
	 */
	public static final int ESCALATION_VALUE = 8;

	/**
	 * The '<em><b>REMINDER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Reminder
	 * <!-- end-model-doc -->
	 * @see #REMINDER
	 * @model literal="reminder"
	 * @generated
	 * @ordered
	 */
	public static final int REMINDER_VALUE = 9;

	/**
	 * The '<em><b>SURVEY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Satisfaction survey
	 * <!-- end-model-doc -->
	 * @see #SURVEY
	 * @model literal="survey"
	 * @generated
	 * @ordered
	 */
	public static final int SURVEY_VALUE = 10;

	/**
	 * The '<em><b>COMPLAINT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Complaint
	 * <!-- end-model-doc -->
	 * @see #COMPLAINT
	 * @model literal="complaint"
	 * @generated
	 * @ordered
	 */
	public static final int COMPLAINT_VALUE = 11;

	/**
	 * The '<em><b>OPENED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Case opened
	 * <!-- end-model-doc -->
	 * @see #OPENED
	 * @model literal="opened"
	 * @generated
	 * @ordered
	 */
	public static final int OPENED_VALUE = 12;

	/**
	 * An array of all the '<em><b>Activity Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ActivityKind[] VALUES_ARRAY =
		new ActivityKind[] {
			CALL,
			REMOTE_SESSION,
			ON_SITE_VISIT,
			RMA_REQUEST,
			NOTE,
			SEVERITY_CHANGE,
			STATUS_CHANGE,
			ASSIGNMENT,
			ESCALATION,
			REMINDER,
			SURVEY,
			COMPLAINT,
			OPENED,
		};

	/**
	 * A public read-only list of all the '<em><b>Activity Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ActivityKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Activity Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ActivityKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ActivityKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Activity Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ActivityKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ActivityKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Activity Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ActivityKind get(int value) {
		switch (value) {
			case CALL_VALUE: return CALL;
			case REMOTE_SESSION_VALUE: return REMOTE_SESSION;
			case ON_SITE_VISIT_VALUE: return ON_SITE_VISIT;
			case RMA_REQUEST_VALUE: return RMA_REQUEST;
			case NOTE_VALUE: return NOTE;
			case SEVERITY_CHANGE_VALUE: return SEVERITY_CHANGE;
			case STATUS_CHANGE_VALUE: return STATUS_CHANGE;
			case ASSIGNMENT_VALUE: return ASSIGNMENT;
			case ESCALATION_VALUE: return ESCALATION;
			case REMINDER_VALUE: return REMINDER;
			case SURVEY_VALUE: return SURVEY;
			case COMPLAINT_VALUE: return COMPLAINT;
			case OPENED_VALUE: return OPENED;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private ActivityKind(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
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
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //ActivityKind
