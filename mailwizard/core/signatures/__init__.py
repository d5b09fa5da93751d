"""The company signature and the leave auto-reply: the design, each member's rendering, installing through the
provider's API where one exists, and the per-member files with steps for the common mail clients. No Qt."""
