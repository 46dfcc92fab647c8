"""The dialogs: referral, outcome, contact report, settings, first run, import, slip."""
