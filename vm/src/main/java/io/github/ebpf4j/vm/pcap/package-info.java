/**
 * pcap and pcapng capture files: read them as test input, write the packets a program passed,
 * transmitted or redirected ({@link io.github.ebpf4j.vm.pcap.Captures}).
 */
package io.github.ebpf4j.vm.pcap;
