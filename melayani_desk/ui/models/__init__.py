"""Qt item models: the search results and the referral history."""
