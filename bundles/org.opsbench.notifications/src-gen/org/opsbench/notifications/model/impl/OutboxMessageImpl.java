/**
 */
package org.opsbench.notifications.model.impl;

import java.time.Instant;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.opsbench.model.base.PersistentObject;

import org.opsbench.notifications.model.DeliveryStatus;
import org.opsbench.notifications.model.NotificationsPackage;
import org.opsbench.notifications.model.OutboxMessage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Outbox Message</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.opsbench.notifications.model.impl.OutboxMessageImpl#getChannel <em>Channel</em>}</li>
 *   <li>{@link org.opsbench.notifications.model.impl.OutboxMessageImpl#getRecipient <em>Recipient</em>}</li>
 *   <li>{@link org.opsbench.notifications.model.impl.OutboxMessageImpl#getSubject <em>Subject</em>}</li>
 *   <li>{@link org.opsbench.notifications.model.impl.OutboxMessageImpl#getBody <em>Body</em>}</li>
 *   <li>{@link org.opsbench.notifications.model.impl.OutboxMessageImpl#getReference <em>Reference</em>}</li>
 *   <li>{@link org.opsbench.notifications.model.impl.OutboxMessageImpl#getCreatedAt <em>Created At</em>}</li>
 *   <li>{@link org.opsbench.notifications.model.impl.OutboxMessageImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.opsbench.notifications.model.impl.OutboxMessageImpl#getAttempts <em>Attempts</em>}</li>
 *   <li>{@link org.opsbench.notifications.model.impl.OutboxMessageImpl#getNextAttemptAt <em>Next Attempt At</em>}</li>
 *   <li>{@link org.opsbench.notifications.model.impl.OutboxMessageImpl#getClaimedBy <em>Claimed By</em>}</li>
 *   <li>{@link org.opsbench.notifications.model.impl.OutboxMessageImpl#getClaimedUntil <em>Claimed Until</em>}</li>
 *   <li>{@link org.opsbench.notifications.model.impl.OutboxMessageImpl#getSentAt <em>Sent At</em>}</li>
 *   <li>{@link org.opsbench.notifications.model.impl.OutboxMessageImpl#getReadAt <em>Read At</em>}</li>
 *   <li>{@link org.opsbench.notifications.model.impl.OutboxMessageImpl#getLastError <em>Last Error</em>}</li>
 * </ul>
 *
 * @generated
 */
public class OutboxMessageImpl extends PersistentObject implements OutboxMessage {
	/**
	 * The default value of the '{@link #getChannel() <em>Channel</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChannel()
	 * @generated
	 * @ordered
	 */
	protected static final String CHANNEL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getChannel() <em>Channel</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChannel()
	 * @generated
	 * @ordered
	 */
	protected String channel = CHANNEL_EDEFAULT;

	/**
	 * The default value of the '{@link #getRecipient() <em>Recipient</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecipient()
	 * @generated
	 * @ordered
	 */
	protected static final String RECIPIENT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRecipient() <em>Recipient</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecipient()
	 * @generated
	 * @ordered
	 */
	protected String recipient = RECIPIENT_EDEFAULT;

	/**
	 * The default value of the '{@link #getSubject() <em>Subject</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubject()
	 * @generated
	 * @ordered
	 */
	protected static final String SUBJECT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSubject() <em>Subject</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubject()
	 * @generated
	 * @ordered
	 */
	protected String subject = SUBJECT_EDEFAULT;

	/**
	 * The default value of the '{@link #getBody() <em>Body</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBody()
	 * @generated
	 * @ordered
	 */
	protected static final String BODY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBody() <em>Body</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBody()
	 * @generated
	 * @ordered
	 */
	protected String body = BODY_EDEFAULT;

	/**
	 * The default value of the '{@link #getReference() <em>Reference</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReference()
	 * @generated
	 * @ordered
	 */
	protected static final String REFERENCE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReference() <em>Reference</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReference()
	 * @generated
	 * @ordered
	 */
	protected String reference = REFERENCE_EDEFAULT;

	/**
	 * The default value of the '{@link #getCreatedAt() <em>Created At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreatedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Instant CREATED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCreatedAt() <em>Created At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreatedAt()
	 * @generated
	 * @ordered
	 */
	protected Instant createdAt = CREATED_AT_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final DeliveryStatus STATUS_EDEFAULT = DeliveryStatus.PENDING;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected DeliveryStatus status = STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getAttempts() <em>Attempts</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAttempts()
	 * @generated
	 * @ordered
	 */
	protected static final int ATTEMPTS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getAttempts() <em>Attempts</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAttempts()
	 * @generated
	 * @ordered
	 */
	protected int attempts = ATTEMPTS_EDEFAULT;

	/**
	 * The default value of the '{@link #getNextAttemptAt() <em>Next Attempt At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNextAttemptAt()
	 * @generated
	 * @ordered
	 */
	protected static final Instant NEXT_ATTEMPT_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNextAttemptAt() <em>Next Attempt At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNextAttemptAt()
	 * @generated
	 * @ordered
	 */
	protected Instant nextAttemptAt = NEXT_ATTEMPT_AT_EDEFAULT;

	/**
	 * The default value of the '{@link #getClaimedBy() <em>Claimed By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClaimedBy()
	 * @generated
	 * @ordered
	 */
	protected static final String CLAIMED_BY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getClaimedBy() <em>Claimed By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClaimedBy()
	 * @generated
	 * @ordered
	 */
	protected String claimedBy = CLAIMED_BY_EDEFAULT;

	/**
	 * The default value of the '{@link #getClaimedUntil() <em>Claimed Until</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClaimedUntil()
	 * @generated
	 * @ordered
	 */
	protected static final Instant CLAIMED_UNTIL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getClaimedUntil() <em>Claimed Until</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClaimedUntil()
	 * @generated
	 * @ordered
	 */
	protected Instant claimedUntil = CLAIMED_UNTIL_EDEFAULT;

	/**
	 * The default value of the '{@link #getSentAt() <em>Sent At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSentAt()
	 * @generated
	 * @ordered
	 */
	protected static final Instant SENT_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSentAt() <em>Sent At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSentAt()
	 * @generated
	 * @ordered
	 */
	protected Instant sentAt = SENT_AT_EDEFAULT;

	/**
	 * The default value of the '{@link #getReadAt() <em>Read At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReadAt()
	 * @generated
	 * @ordered
	 */
	protected static final Instant READ_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReadAt() <em>Read At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReadAt()
	 * @generated
	 * @ordered
	 */
	protected Instant readAt = READ_AT_EDEFAULT;

	/**
	 * The default value of the '{@link #getLastError() <em>Last Error</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLastError()
	 * @generated
	 * @ordered
	 */
	protected static final String LAST_ERROR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLastError() <em>Last Error</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLastError()
	 * @generated
	 * @ordered
	 */
	protected String lastError = LAST_ERROR_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected OutboxMessageImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return NotificationsPackage.Literals.OUTBOX_MESSAGE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getChannel() {
		return channel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setChannel(String newChannel) {
		String oldChannel = channel;
		channel = newChannel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NotificationsPackage.OUTBOX_MESSAGE__CHANNEL, oldChannel, channel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRecipient() {
		return recipient;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRecipient(String newRecipient) {
		String oldRecipient = recipient;
		recipient = newRecipient;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NotificationsPackage.OUTBOX_MESSAGE__RECIPIENT, oldRecipient, recipient));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSubject() {
		return subject;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSubject(String newSubject) {
		String oldSubject = subject;
		subject = newSubject;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NotificationsPackage.OUTBOX_MESSAGE__SUBJECT, oldSubject, subject));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getBody() {
		return body;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBody(String newBody) {
		String oldBody = body;
		body = newBody;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NotificationsPackage.OUTBOX_MESSAGE__BODY, oldBody, body));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getReference() {
		return reference;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReference(String newReference) {
		String oldReference = reference;
		reference = newReference;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NotificationsPackage.OUTBOX_MESSAGE__REFERENCE, oldReference, reference));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getCreatedAt() {
		return createdAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCreatedAt(Instant newCreatedAt) {
		Instant oldCreatedAt = createdAt;
		createdAt = newCreatedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NotificationsPackage.OUTBOX_MESSAGE__CREATED_AT, oldCreatedAt, createdAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DeliveryStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(DeliveryStatus newStatus) {
		DeliveryStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NotificationsPackage.OUTBOX_MESSAGE__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getAttempts() {
		return attempts;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAttempts(int newAttempts) {
		int oldAttempts = attempts;
		attempts = newAttempts;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NotificationsPackage.OUTBOX_MESSAGE__ATTEMPTS, oldAttempts, attempts));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getNextAttemptAt() {
		return nextAttemptAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNextAttemptAt(Instant newNextAttemptAt) {
		Instant oldNextAttemptAt = nextAttemptAt;
		nextAttemptAt = newNextAttemptAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NotificationsPackage.OUTBOX_MESSAGE__NEXT_ATTEMPT_AT, oldNextAttemptAt, nextAttemptAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getClaimedBy() {
		return claimedBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setClaimedBy(String newClaimedBy) {
		String oldClaimedBy = claimedBy;
		claimedBy = newClaimedBy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NotificationsPackage.OUTBOX_MESSAGE__CLAIMED_BY, oldClaimedBy, claimedBy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getClaimedUntil() {
		return claimedUntil;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setClaimedUntil(Instant newClaimedUntil) {
		Instant oldClaimedUntil = claimedUntil;
		claimedUntil = newClaimedUntil;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NotificationsPackage.OUTBOX_MESSAGE__CLAIMED_UNTIL, oldClaimedUntil, claimedUntil));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getSentAt() {
		return sentAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSentAt(Instant newSentAt) {
		Instant oldSentAt = sentAt;
		sentAt = newSentAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NotificationsPackage.OUTBOX_MESSAGE__SENT_AT, oldSentAt, sentAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getReadAt() {
		return readAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReadAt(Instant newReadAt) {
		Instant oldReadAt = readAt;
		readAt = newReadAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NotificationsPackage.OUTBOX_MESSAGE__READ_AT, oldReadAt, readAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLastError() {
		return lastError;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLastError(String newLastError) {
		String oldLastError = lastError;
		lastError = newLastError;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NotificationsPackage.OUTBOX_MESSAGE__LAST_ERROR, oldLastError, lastError));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case NotificationsPackage.OUTBOX_MESSAGE__CHANNEL:
				return getChannel();
			case NotificationsPackage.OUTBOX_MESSAGE__RECIPIENT:
				return getRecipient();
			case NotificationsPackage.OUTBOX_MESSAGE__SUBJECT:
				return getSubject();
			case NotificationsPackage.OUTBOX_MESSAGE__BODY:
				return getBody();
			case NotificationsPackage.OUTBOX_MESSAGE__REFERENCE:
				return getReference();
			case NotificationsPackage.OUTBOX_MESSAGE__CREATED_AT:
				return getCreatedAt();
			case NotificationsPackage.OUTBOX_MESSAGE__STATUS:
				return getStatus();
			case NotificationsPackage.OUTBOX_MESSAGE__ATTEMPTS:
				return getAttempts();
			case NotificationsPackage.OUTBOX_MESSAGE__NEXT_ATTEMPT_AT:
				return getNextAttemptAt();
			case NotificationsPackage.OUTBOX_MESSAGE__CLAIMED_BY:
				return getClaimedBy();
			case NotificationsPackage.OUTBOX_MESSAGE__CLAIMED_UNTIL:
				return getClaimedUntil();
			case NotificationsPackage.OUTBOX_MESSAGE__SENT_AT:
				return getSentAt();
			case NotificationsPackage.OUTBOX_MESSAGE__READ_AT:
				return getReadAt();
			case NotificationsPackage.OUTBOX_MESSAGE__LAST_ERROR:
				return getLastError();
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
			case NotificationsPackage.OUTBOX_MESSAGE__CHANNEL:
				setChannel((String)newValue);
				return;
			case NotificationsPackage.OUTBOX_MESSAGE__RECIPIENT:
				setRecipient((String)newValue);
				return;
			case NotificationsPackage.OUTBOX_MESSAGE__SUBJECT:
				setSubject((String)newValue);
				return;
			case NotificationsPackage.OUTBOX_MESSAGE__BODY:
				setBody((String)newValue);
				return;
			case NotificationsPackage.OUTBOX_MESSAGE__REFERENCE:
				setReference((String)newValue);
				return;
			case NotificationsPackage.OUTBOX_MESSAGE__CREATED_AT:
				setCreatedAt((Instant)newValue);
				return;
			case NotificationsPackage.OUTBOX_MESSAGE__STATUS:
				setStatus((DeliveryStatus)newValue);
				return;
			case NotificationsPackage.OUTBOX_MESSAGE__ATTEMPTS:
				setAttempts((Integer)newValue);
				return;
			case NotificationsPackage.OUTBOX_MESSAGE__NEXT_ATTEMPT_AT:
				setNextAttemptAt((Instant)newValue);
				return;
			case NotificationsPackage.OUTBOX_MESSAGE__CLAIMED_BY:
				setClaimedBy((String)newValue);
				return;
			case NotificationsPackage.OUTBOX_MESSAGE__CLAIMED_UNTIL:
				setClaimedUntil((Instant)newValue);
				return;
			case NotificationsPackage.OUTBOX_MESSAGE__SENT_AT:
				setSentAt((Instant)newValue);
				return;
			case NotificationsPackage.OUTBOX_MESSAGE__READ_AT:
				setReadAt((Instant)newValue);
				return;
			case NotificationsPackage.OUTBOX_MESSAGE__LAST_ERROR:
				setLastError((String)newValue);
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
			case NotificationsPackage.OUTBOX_MESSAGE__CHANNEL:
				setChannel(CHANNEL_EDEFAULT);
				return;
			case NotificationsPackage.OUTBOX_MESSAGE__RECIPIENT:
				setRecipient(RECIPIENT_EDEFAULT);
				return;
			case NotificationsPackage.OUTBOX_MESSAGE__SUBJECT:
				setSubject(SUBJECT_EDEFAULT);
				return;
			case NotificationsPackage.OUTBOX_MESSAGE__BODY:
				setBody(BODY_EDEFAULT);
				return;
			case NotificationsPackage.OUTBOX_MESSAGE__REFERENCE:
				setReference(REFERENCE_EDEFAULT);
				return;
			case NotificationsPackage.OUTBOX_MESSAGE__CREATED_AT:
				setCreatedAt(CREATED_AT_EDEFAULT);
				return;
			case NotificationsPackage.OUTBOX_MESSAGE__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case NotificationsPackage.OUTBOX_MESSAGE__ATTEMPTS:
				setAttempts(ATTEMPTS_EDEFAULT);
				return;
			case NotificationsPackage.OUTBOX_MESSAGE__NEXT_ATTEMPT_AT:
				setNextAttemptAt(NEXT_ATTEMPT_AT_EDEFAULT);
				return;
			case NotificationsPackage.OUTBOX_MESSAGE__CLAIMED_BY:
				setClaimedBy(CLAIMED_BY_EDEFAULT);
				return;
			case NotificationsPackage.OUTBOX_MESSAGE__CLAIMED_UNTIL:
				setClaimedUntil(CLAIMED_UNTIL_EDEFAULT);
				return;
			case NotificationsPackage.OUTBOX_MESSAGE__SENT_AT:
				setSentAt(SENT_AT_EDEFAULT);
				return;
			case NotificationsPackage.OUTBOX_MESSAGE__READ_AT:
				setReadAt(READ_AT_EDEFAULT);
				return;
			case NotificationsPackage.OUTBOX_MESSAGE__LAST_ERROR:
				setLastError(LAST_ERROR_EDEFAULT);
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
			case NotificationsPackage.OUTBOX_MESSAGE__CHANNEL:
				return CHANNEL_EDEFAULT == null ? channel != null : !CHANNEL_EDEFAULT.equals(channel);
			case NotificationsPackage.OUTBOX_MESSAGE__RECIPIENT:
				return RECIPIENT_EDEFAULT == null ? recipient != null : !RECIPIENT_EDEFAULT.equals(recipient);
			case NotificationsPackage.OUTBOX_MESSAGE__SUBJECT:
				return SUBJECT_EDEFAULT == null ? subject != null : !SUBJECT_EDEFAULT.equals(subject);
			case NotificationsPackage.OUTBOX_MESSAGE__BODY:
				return BODY_EDEFAULT == null ? body != null : !BODY_EDEFAULT.equals(body);
			case NotificationsPackage.OUTBOX_MESSAGE__REFERENCE:
				return REFERENCE_EDEFAULT == null ? reference != null : !REFERENCE_EDEFAULT.equals(reference);
			case NotificationsPackage.OUTBOX_MESSAGE__CREATED_AT:
				return CREATED_AT_EDEFAULT == null ? createdAt != null : !CREATED_AT_EDEFAULT.equals(createdAt);
			case NotificationsPackage.OUTBOX_MESSAGE__STATUS:
				return status != STATUS_EDEFAULT;
			case NotificationsPackage.OUTBOX_MESSAGE__ATTEMPTS:
				return attempts != ATTEMPTS_EDEFAULT;
			case NotificationsPackage.OUTBOX_MESSAGE__NEXT_ATTEMPT_AT:
				return NEXT_ATTEMPT_AT_EDEFAULT == null ? nextAttemptAt != null : !NEXT_ATTEMPT_AT_EDEFAULT.equals(nextAttemptAt);
			case NotificationsPackage.OUTBOX_MESSAGE__CLAIMED_BY:
				return CLAIMED_BY_EDEFAULT == null ? claimedBy != null : !CLAIMED_BY_EDEFAULT.equals(claimedBy);
			case NotificationsPackage.OUTBOX_MESSAGE__CLAIMED_UNTIL:
				return CLAIMED_UNTIL_EDEFAULT == null ? claimedUntil != null : !CLAIMED_UNTIL_EDEFAULT.equals(claimedUntil);
			case NotificationsPackage.OUTBOX_MESSAGE__SENT_AT:
				return SENT_AT_EDEFAULT == null ? sentAt != null : !SENT_AT_EDEFAULT.equals(sentAt);
			case NotificationsPackage.OUTBOX_MESSAGE__READ_AT:
				return READ_AT_EDEFAULT == null ? readAt != null : !READ_AT_EDEFAULT.equals(readAt);
			case NotificationsPackage.OUTBOX_MESSAGE__LAST_ERROR:
				return LAST_ERROR_EDEFAULT == null ? lastError != null : !LAST_ERROR_EDEFAULT.equals(lastError);
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
		result.append(" (channel: ");
		result.append(channel);
		result.append(", recipient: ");
		result.append(recipient);
		result.append(", subject: ");
		result.append(subject);
		result.append(", body: ");
		result.append(body);
		result.append(", reference: ");
		result.append(reference);
		result.append(", createdAt: ");
		result.append(createdAt);
		result.append(", status: ");
		result.append(status);
		result.append(", attempts: ");
		result.append(attempts);
		result.append(", nextAttemptAt: ");
		result.append(nextAttemptAt);
		result.append(", claimedBy: ");
		result.append(claimedBy);
		result.append(", claimedUntil: ");
		result.append(claimedUntil);
		result.append(", sentAt: ");
		result.append(sentAt);
		result.append(", readAt: ");
		result.append(readAt);
		result.append(", lastError: ");
		result.append(lastError);
		result.append(')');
		return result.toString();
	}

} //OutboxMessageImpl
