/**
 */
package org.opsbench.notifications.model;

import java.time.Instant;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Outbox Message</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A message waiting for, or done with, delivery. Aggregate root; never deleted by delivery.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.opsbench.notifications.model.OutboxMessage#getChannel <em>Channel</em>}</li>
 *   <li>{@link org.opsbench.notifications.model.OutboxMessage#getRecipient <em>Recipient</em>}</li>
 *   <li>{@link org.opsbench.notifications.model.OutboxMessage#getSubject <em>Subject</em>}</li>
 *   <li>{@link org.opsbench.notifications.model.OutboxMessage#getBody <em>Body</em>}</li>
 *   <li>{@link org.opsbench.notifications.model.OutboxMessage#getReference <em>Reference</em>}</li>
 *   <li>{@link org.opsbench.notifications.model.OutboxMessage#getCreatedAt <em>Created At</em>}</li>
 *   <li>{@link org.opsbench.notifications.model.OutboxMessage#getStatus <em>Status</em>}</li>
 *   <li>{@link org.opsbench.notifications.model.OutboxMessage#getAttempts <em>Attempts</em>}</li>
 *   <li>{@link org.opsbench.notifications.model.OutboxMessage#getNextAttemptAt <em>Next Attempt At</em>}</li>
 *   <li>{@link org.opsbench.notifications.model.OutboxMessage#getClaimedBy <em>Claimed By</em>}</li>
 *   <li>{@link org.opsbench.notifications.model.OutboxMessage#getClaimedUntil <em>Claimed Until</em>}</li>
 *   <li>{@link org.opsbench.notifications.model.OutboxMessage#getSentAt <em>Sent At</em>}</li>
 *   <li>{@link org.opsbench.notifications.model.OutboxMessage#getReadAt <em>Read At</em>}</li>
 *   <li>{@link org.opsbench.notifications.model.OutboxMessage#getLastError <em>Last Error</em>}</li>
 * </ul>
 *
 * @see org.opsbench.notifications.model.NotificationsPackage#getOutboxMessage()
 * @model
 * @generated
 */
public interface OutboxMessage extends EObject {
	/**
	 * Returns the value of the '<em><b>Channel</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Notification channel id (email, sms, workbench or contributed).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Channel</em>' attribute.
	 * @see #setChannel(String)
	 * @see org.opsbench.notifications.model.NotificationsPackage#getOutboxMessage_Channel()
	 * @model required="true"
	 * @generated
	 */
	String getChannel();

	/**
	 * Sets the value of the '{@link org.opsbench.notifications.model.OutboxMessage#getChannel <em>Channel</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Channel</em>' attribute.
	 * @see #getChannel()
	 * @generated
	 */
	void setChannel(String value);

	/**
	 * Returns the value of the '<em><b>Recipient</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Address in the channel's terms: e-mail address, phone number, user login.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Recipient</em>' attribute.
	 * @see #setRecipient(String)
	 * @see org.opsbench.notifications.model.NotificationsPackage#getOutboxMessage_Recipient()
	 * @model required="true"
	 *        annotation="http://opsbench.org/persistence length='320'"
	 * @generated
	 */
	String getRecipient();

	/**
	 * Sets the value of the '{@link org.opsbench.notifications.model.OutboxMessage#getRecipient <em>Recipient</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Recipient</em>' attribute.
	 * @see #getRecipient()
	 * @generated
	 */
	void setRecipient(String value);

	/**
	 * Returns the value of the '<em><b>Subject</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Subject or first line.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Subject</em>' attribute.
	 * @see #setSubject(String)
	 * @see org.opsbench.notifications.model.NotificationsPackage#getOutboxMessage_Subject()
	 * @model annotation="http://opsbench.org/persistence length='500'"
	 * @generated
	 */
	String getSubject();

	/**
	 * Sets the value of the '{@link org.opsbench.notifications.model.OutboxMessage#getSubject <em>Subject</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Subject</em>' attribute.
	 * @see #getSubject()
	 * @generated
	 */
	void setSubject(String value);

	/**
	 * Returns the value of the '<em><b>Body</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Text of the message.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Body</em>' attribute.
	 * @see #setBody(String)
	 * @see org.opsbench.notifications.model.NotificationsPackage#getOutboxMessage_Body()
	 * @model annotation="http://opsbench.org/persistence length='4000'"
	 * @generated
	 */
	String getBody();

	/**
	 * Sets the value of the '{@link org.opsbench.notifications.model.OutboxMessage#getBody <em>Body</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Body</em>' attribute.
	 * @see #getBody()
	 * @generated
	 */
	void setBody(String value);

	/**
	 * Returns the value of the '<em><b>Reference</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What it is about, e.g. a case number.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Reference</em>' attribute.
	 * @see #setReference(String)
	 * @see org.opsbench.notifications.model.NotificationsPackage#getOutboxMessage_Reference()
	 * @model
	 * @generated
	 */
	String getReference();

	/**
	 * Sets the value of the '{@link org.opsbench.notifications.model.OutboxMessage#getReference <em>Reference</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reference</em>' attribute.
	 * @see #getReference()
	 * @generated
	 */
	void setReference(String value);

	/**
	 * Returns the value of the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When it was queued.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Created At</em>' attribute.
	 * @see #setCreatedAt(Instant)
	 * @see org.opsbench.notifications.model.NotificationsPackage#getOutboxMessage_CreatedAt()
	 * @model dataType="org.opsbench.notifications.model.Timestamp"
	 * @generated
	 */
	Instant getCreatedAt();

	/**
	 * Sets the value of the '{@link org.opsbench.notifications.model.OutboxMessage#getCreatedAt <em>Created At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Created At</em>' attribute.
	 * @see #getCreatedAt()
	 * @generated
	 */
	void setCreatedAt(Instant value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.opsbench.notifications.model.DeliveryStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Delivery status.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.opsbench.notifications.model.DeliveryStatus
	 * @see #setStatus(DeliveryStatus)
	 * @see org.opsbench.notifications.model.NotificationsPackage#getOutboxMessage_Status()
	 * @model
	 * @generated
	 */
	DeliveryStatus getStatus();

	/**
	 * Sets the value of the '{@link org.opsbench.notifications.model.OutboxMessage#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.opsbench.notifications.model.DeliveryStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(DeliveryStatus value);

	/**
	 * Returns the value of the '<em><b>Attempts</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Attempts made so far.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Attempts</em>' attribute.
	 * @see #setAttempts(int)
	 * @see org.opsbench.notifications.model.NotificationsPackage#getOutboxMessage_Attempts()
	 * @model
	 * @generated
	 */
	int getAttempts();

	/**
	 * Sets the value of the '{@link org.opsbench.notifications.model.OutboxMessage#getAttempts <em>Attempts</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Attempts</em>' attribute.
	 * @see #getAttempts()
	 * @generated
	 */
	void setAttempts(int value);

	/**
	 * Returns the value of the '<em><b>Next Attempt At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Not tried again before this instant.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Next Attempt At</em>' attribute.
	 * @see #setNextAttemptAt(Instant)
	 * @see org.opsbench.notifications.model.NotificationsPackage#getOutboxMessage_NextAttemptAt()
	 * @model dataType="org.opsbench.notifications.model.Timestamp"
	 * @generated
	 */
	Instant getNextAttemptAt();

	/**
	 * Sets the value of the '{@link org.opsbench.notifications.model.OutboxMessage#getNextAttemptAt <em>Next Attempt At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Next Attempt At</em>' attribute.
	 * @see #getNextAttemptAt()
	 * @generated
	 */
	void setNextAttemptAt(Instant value);

	/**
	 * Returns the value of the '<em><b>Claimed By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Workbench delivering it right now, so that two workbenches do not both send it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Claimed By</em>' attribute.
	 * @see #setClaimedBy(String)
	 * @see org.opsbench.notifications.model.NotificationsPackage#getOutboxMessage_ClaimedBy()
	 * @model
	 * @generated
	 */
	String getClaimedBy();

	/**
	 * Sets the value of the '{@link org.opsbench.notifications.model.OutboxMessage#getClaimedBy <em>Claimed By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Claimed By</em>' attribute.
	 * @see #getClaimedBy()
	 * @generated
	 */
	void setClaimedBy(String value);

	/**
	 * Returns the value of the '<em><b>Claimed Until</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The claim lapses at this instant (a workbench that died mid-send).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Claimed Until</em>' attribute.
	 * @see #setClaimedUntil(Instant)
	 * @see org.opsbench.notifications.model.NotificationsPackage#getOutboxMessage_ClaimedUntil()
	 * @model dataType="org.opsbench.notifications.model.Timestamp"
	 * @generated
	 */
	Instant getClaimedUntil();

	/**
	 * Sets the value of the '{@link org.opsbench.notifications.model.OutboxMessage#getClaimedUntil <em>Claimed Until</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Claimed Until</em>' attribute.
	 * @see #getClaimedUntil()
	 * @generated
	 */
	void setClaimedUntil(Instant value);

	/**
	 * Returns the value of the '<em><b>Sent At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When it was handed over.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sent At</em>' attribute.
	 * @see #setSentAt(Instant)
	 * @see org.opsbench.notifications.model.NotificationsPackage#getOutboxMessage_SentAt()
	 * @model dataType="org.opsbench.notifications.model.Timestamp"
	 * @generated
	 */
	Instant getSentAt();

	/**
	 * Sets the value of the '{@link org.opsbench.notifications.model.OutboxMessage#getSentAt <em>Sent At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sent At</em>' attribute.
	 * @see #getSentAt()
	 * @generated
	 */
	void setSentAt(Instant value);

	/**
	 * Returns the value of the '<em><b>Read At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the recipient read an in-workbench notification; null while unread.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Read At</em>' attribute.
	 * @see #setReadAt(Instant)
	 * @see org.opsbench.notifications.model.NotificationsPackage#getOutboxMessage_ReadAt()
	 * @model dataType="org.opsbench.notifications.model.Timestamp"
	 * @generated
	 */
	Instant getReadAt();

	/**
	 * Sets the value of the '{@link org.opsbench.notifications.model.OutboxMessage#getReadAt <em>Read At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Read At</em>' attribute.
	 * @see #getReadAt()
	 * @generated
	 */
	void setReadAt(Instant value);

	/**
	 * Returns the value of the '<em><b>Last Error</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Why the last attempt failed, in the server's words.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Last Error</em>' attribute.
	 * @see #setLastError(String)
	 * @see org.opsbench.notifications.model.NotificationsPackage#getOutboxMessage_LastError()
	 * @model annotation="http://opsbench.org/persistence length='1000'"
	 * @generated
	 */
	String getLastError();

	/**
	 * Sets the value of the '{@link org.opsbench.notifications.model.OutboxMessage#getLastError <em>Last Error</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Last Error</em>' attribute.
	 * @see #getLastError()
	 * @generated
	 */
	void setLastError(String value);

} // OutboxMessage
