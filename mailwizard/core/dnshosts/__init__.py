"""DNS hosts' own APIs: reading a zone and writing the mail records into it (issue 17).

``api`` is the one small protocol every host module speaks; each host (Cloudflare, Alibaba Cloud DNS,
DNSPod, Huawei Cloud DNS, West Digital, GoDaddy) lives in its own module with its own signing and error
mapping; ``registry`` finds the module for a host id from its data file in resources/dns_hosts/."""
