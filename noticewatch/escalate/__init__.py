"""Escalation: reminders that reach people until someone acts.

policy.py decides which reminders are due (pure); message.py renders one digest per channel; base.py is the
Channel interface and registry.py maps the `type` names of the config to email.py, webhook.py and apprise.py;
service.py runs it all against the state file.
"""
