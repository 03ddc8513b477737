-- Who an alert is assigned to for review: one row per assigned alert, kept apart from the alert row so that
-- assigning never bumps the alert's version (a decision in progress is not made to fail by an assignment).
CREATE TABLE alert_assignment (
    alert_id BIGINT PRIMARY KEY REFERENCES alert (id),
    assignee VARCHAR(200) NOT NULL,
    assigned_by VARCHAR(200) NOT NULL,
    assigned_at BIGINT NOT NULL
);
CREATE INDEX alert_assignment_assignee ON alert_assignment (assignee);
