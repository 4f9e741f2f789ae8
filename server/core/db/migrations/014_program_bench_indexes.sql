-- Roll-ups at province scale (issue 8 item 8): a roll-up walks down from its target through the roll-up targets copied
-- from it, then takes their own-valued children. The walk reads only roll-ups (a few hundred over 10,000 units), not
-- every copy of the target (program_targets_parent, 011).
CREATE INDEX program_targets_rollup_children ON program_targets (parent_target_id) WHERE aggregation IS NOT NULL;
